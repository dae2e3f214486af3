/**
 * The local sandbox chat: the assistant's dialogs in the browser, for people without a Telegram
 * token (or without access to Telegram). The page at {@code market.sandbox.path} (default
 * {@code /}) lets one person be several users (personas: sellers, buyers, reviewers, each with a
 * fixed user id in the sandbox range of {@link dev.marketassist.dialogs.Conversation}) and goes
 * through the same {@link dev.marketassist.dialogs.Dialogs} as Telegram: same texts, buttons,
 * validation and MongoDB state.
 * <p>
 * The way of an input: page → {@link dev.marketassist.bot.sandbox.SandboxApiController} →
 * {@link dev.marketassist.bot.sandbox.SandboxChannel} (its own
 * {@link dev.marketassist.bot.inbound.ChatPipeline}) → {@code Dialogs.handle} →
 * {@link dev.marketassist.bot.sandbox.SandboxDelivery} writes the replies into the chat's
 * {@link dev.marketassist.bot.sandbox.Transcript} (MongoDB) and confirms them → the page polls
 * the transcript. Reply HTML reaches the browser only as an allow-listed tree
 * ({@link dev.marketassist.bot.sandbox.TelegramHtml}), never as markup.
 * <p>
 * On when no Telegram token is configured, unless {@code market.sandbox.enabled} says otherwise
 * ({@link dev.marketassist.bot.sandbox.SandboxCondition}); answers loopback clients only unless
 * {@code market.sandbox.allow-remote} is set ({@link dev.marketassist.bot.sandbox.LoopbackGuard}).
 */
package dev.marketassist.bot.sandbox;
