package dev.releaserules.notify.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer body up to a byte limit and stops there, so a server that sends an endless body
 * cannot exhaust memory. What the limit cut off is dropped; {@link Text#cut()} says so.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<BoundedBody.Text> {
    /** The body as text (UTF-8, malformed bytes replaced) and whether the limit cut it. */
    record Text(String text, boolean cut) {
    }

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Text> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(int limit) {
        this.limit = limit;
    }

    /**
     * A handler that reads at most {@code limit} bytes of any body.
     *
     * @param limit the byte limit
     * @return the handler
     */
    static HttpResponse.BodyHandler<Text> handler(int limit) {
        return info -> new BoundedBody(limit);
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
        value.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int room = limit - bytes.size();
            int take = Math.min(room, buffer.remaining());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.write(chunk, 0, take);
            if (buffer.hasRemaining()) {
                subscription.cancel();
                result.complete(new Text(bytes.toString(StandardCharsets.UTF_8), true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Text(bytes.toString(StandardCharsets.UTF_8), false));
    }

    @Override
    public CompletionStage<Text> getBody() {
        return result;
    }
}
