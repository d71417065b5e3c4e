export { buildChatView } from './chat-server.ts';
export type { ActionInput, ChatView, ChatViewOptions, ConversationView } from './chat-server.ts';
export { BOT_ACCOUNT, channelConversationId, personalConversationId } from './activities.ts';
export type { ConversationInfo, DemoUser, DemoWerkgroep } from './activities.ts';
export type { ChatEntry, Transcript } from './transcript.ts';
