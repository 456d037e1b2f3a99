/**
 * Conversations between shoppers and shops: Conversation, Message, MessagingService, the ConversationAnswered event
 * (for shop figures). Uses {@code shop}, {@code account}, {@code catalog} and {@code order} (what a conversation may be
 * about), {@code notification} and {@code shared}.
 */
package market.atelier.messaging;
