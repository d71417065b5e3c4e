export { buildChatView } from './chat-server.ts';
export type { ChatView } from './chat-server.ts';
export { personalConversationId } from './activities.ts';
