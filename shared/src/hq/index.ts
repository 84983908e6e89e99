export * from './facts.ts';
export * from './ingest.ts';
export * from './catalogue.ts';
export * from './hq-errors.ts';
export * from './hq-views.ts';
