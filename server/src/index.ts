/** What other workspaces (tests, bench) may import from the server package. */
export { createApp, type AppDeps, type LobbyApp } from './app/create-app.ts';
export type { AppContext, LobbyServer, Room } from './app/context.ts';
export type { Feature, CommandHandler, CommandHandlers, CommandVia } from './app/feature.ts';
export { demoBranchConfig } from './seed/demo-config.ts';
export {
  DEMO_ADMIN,
  DEMO_LOBBY,
  DEMO_TELLER_PASSWORD,
  DEMO_VIPS,
  readDemoDevices,
  type DemoDevice,
} from './seed/demo-seed.ts';
export { MigrationError } from './store/migrations.ts';
