import type { TFunction } from 'i18next';
import { LANE_KINDS } from '@lobby/shared';
import type { FieldSpec } from './config-list.tsx';

/** Field descriptions of every list in the configuration editor. */
type Options = { value: string; label: string }[];

const localized = (t: TFunction, key = 'name'): FieldSpec[] => [
  { name: [key, 'zh'], label: t(`config.fields.${key === 'name' ? 'name' : key}`), kind: 'text', width: 150 },
  { name: [key, 'en'], label: t(`config.fields.${key === 'name' ? 'nameEn' : `${key}En`}`), kind: 'text', width: 150 },
];

export function listSpecs(t: TFunction, zones: Options, lanes: Options) {
  const id: FieldSpec = { name: ['id'], label: t('config.fields.id'), kind: 'text', width: 100 };
  const headStart: FieldSpec = {
    name: ['headStartMin'],
    label: t('config.fields.headStartMin'),
    kind: 'number',
    min: 0,
    max: 120,
  };
  return {
    zones: [
      id,
      {
        name: ['kind'],
        label: t('config.fields.kind'),
        kind: 'select',
        options: [
          { value: 'hard', label: t('config.kinds.hard') },
          { value: 'soft', label: t('config.kinds.soft') },
        ],
      },
      ...localized(t),
    ] as FieldSpec[],
    lanes: [
      id,
      { name: ['prefix'], label: t('config.fields.prefix'), kind: 'text', width: 60 },
      {
        name: ['kind'],
        label: t('config.fields.kind'),
        kind: 'select',
        width: 100,
        options: LANE_KINDS.map((k) => ({ value: k, label: t(`config.kinds.${k}`) })),
      },
      { name: ['zoneId'], label: t('config.fields.zoneId'), kind: 'select', width: 120, options: zones },
      ...localized(t),
      { name: ['rangeStart'], label: t('config.fields.rangeStart'), kind: 'number', min: 0, max: 9998, width: 90 },
      { name: ['rangeEnd'], label: t('config.fields.rangeEnd'), kind: 'number', min: 1, max: 9999, width: 90 },
      { name: ['dailyCap'], label: t('config.fields.dailyCap'), kind: 'number', min: 1, max: 9999, width: 90 },
      {
        name: ['targetWaitMin'],
        label: t('config.fields.targetWaitMin'),
        kind: 'number',
        min: 1,
        max: 240,
        width: 100,
      },
      { name: ['maxWaitMin'], label: t('config.fields.maxWaitMin'), kind: 'number', min: 1, max: 480, width: 100 },
      { name: ['weight'], label: t('config.fields.weight'), kind: 'number', min: 0.1, max: 20, step: 0.5, width: 80 },
      // Kiosks issue here only with a verified VIP lookup; the lobby manager always may.
      { name: ['restricted'], label: t('config.fields.restricted'), kind: 'switch' },
    ] as FieldSpec[],
    businessTypes: [
      id,
      { name: ['laneId'], label: t('config.fields.laneId'), kind: 'select', width: 120, options: lanes },
      ...localized(t),
      {
        name: ['targetServiceMin'],
        label: t('config.fields.targetServiceMin'),
        kind: 'number',
        min: 0.5,
        max: 240,
        step: 0.5,
      },
      { name: ['enabled'], label: t('config.fields.enabled'), kind: 'switch' },
      { name: ['materials', 'zh'], label: t('config.fields.materials'), kind: 'textarea', required: false },
      { name: ['materials', 'en'], label: t('config.fields.materialsEn'), kind: 'textarea', required: false },
      // What the kiosk's VIP card/ID check proves: not asked for again after a recognised check.
      {
        name: ['vipCheckMaterials'],
        label: t('config.fields.vipCheckMaterials'),
        kind: 'multi',
        optionsFromLines: ['materials', 'zh'],
        required: false,
        width: 300,
      },
    ] as FieldSpec[],
    counters: [
      id,
      { name: ['number'], label: t('config.fields.number'), kind: 'number', min: 1, max: 999, width: 80 },
      ...localized(t),
      { name: ['zoneId'], label: t('config.fields.zoneId'), kind: 'select', width: 120, options: zones },
      { name: ['laneIds'], label: t('config.fields.laneIds'), kind: 'multi', width: 260, options: lanes },
    ] as FieldSpec[],
    vipRooms: [id, ...localized(t)],
    finishReasons: [id, ...localized(t)],
    ratingReasons: [id, ...localized(t)],
    priorityGroups: [id, ...localized(t), headStart],
    vipTiers: [id, ...localized(t), headStart],
    notices: [
      id,
      { name: ['text', 'zh'], label: t('config.fields.text'), kind: 'textarea' },
      { name: ['text', 'en'], label: t('config.fields.textEn'), kind: 'textarea' },
      { name: ['enabled'], label: t('config.fields.enabled'), kind: 'switch' },
    ] as FieldSpec[],
    selfService: [
      id,
      ...localized(t),
      { name: ['location', 'zh'], label: t('config.fields.location'), kind: 'text', width: 160 },
      { name: ['location', 'en'], label: t('config.fields.locationEn'), kind: 'text', width: 160 },
      { name: ['services', 'zh'], label: t('config.fields.services'), kind: 'textarea', required: false },
      { name: ['services', 'en'], label: t('config.fields.servicesEn'), kind: 'textarea', required: false },
    ] as FieldSpec[],
  };
}

export const NEW_ITEMS: Record<string, () => Record<string, unknown>> = {
  zones: () => ({ id: '', kind: 'soft', name: { zh: '', en: '' } }),
  lanes: () => ({
    id: '',
    prefix: '',
    kind: 'personal',
    zoneId: 'soft',
    name: { zh: '', en: '' },
    rangeStart: 1,
    rangeEnd: 999,
    dailyCap: 300,
    targetWaitMin: 15,
    maxWaitMin: 30,
    weight: 1,
    restricted: false,
  }),
  businessTypes: () => ({
    id: '',
    laneId: '',
    name: { zh: '', en: '' },
    materials: { zh: '', en: '' },
    vipCheckMaterials: [],
    targetServiceMin: 5,
    enabled: true,
  }),
  counters: () => ({ id: '', number: 1, name: { zh: '', en: '' }, zoneId: 'soft', laneIds: [] }),
  vipRooms: () => ({ id: '', name: { zh: '', en: '' } }),
  finishReasons: () => ({ id: '', name: { zh: '', en: '' } }),
  ratingReasons: () => ({ id: '', name: { zh: '', en: '' } }),
  priorityGroups: () => ({ id: '', name: { zh: '', en: '' }, headStartMin: 10 }),
  vipTiers: () => ({ id: '', name: { zh: '', en: '' }, headStartMin: 5 }),
  notices: () => ({ id: '', text: { zh: '', en: '' }, enabled: true }),
  selfService: () => ({ id: '', name: { zh: '', en: '' }, location: { zh: '', en: '' }, services: { zh: '', en: '' } }),
};
