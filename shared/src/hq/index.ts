export * from './facts.ts';
export * from './ingest.ts';
export * from './catalogue.ts';
