/** What the connection indicator shows; `syncing` = connected but not yet caught up. */
export type ConnectionState = 'connecting' | 'syncing' | 'connected' | 'disconnected';
