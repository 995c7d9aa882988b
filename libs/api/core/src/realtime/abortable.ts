/**
 * An async generator waiting for the next event cannot be returned from outside; this aborts the
 * wait when the client unsubscribes or disconnects, so no listener outlives its socket.
 */
export function abortable<T>(make: (signal: AbortSignal) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const inner = make(controller.signal);
  return {
    next: () => inner.next(),
    return: async () => {
      controller.abort();
      await inner.return(undefined);
      return { done: true, value: undefined };
    },
    throw: async (error?: unknown) => {
      controller.abort();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
