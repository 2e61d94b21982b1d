// One place to collect what a component started (listeners, subscriptions, timers, workers) and stop it all at once.

export interface Disposer {
  /** Runs `stop` when the owner is disposed; returns `stop` for a caller that needs it earlier. */
  add<T extends () => unknown>(stop: T): T;
  /** addEventListener that is removed on dispose. */
  listen<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K | (string & {}),
    listener: (event: HTMLElementEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** Aborted on dispose: pass it as `{ signal }` to listeners a view adds itself. */
  readonly signal: AbortSignal;
  /** Stops everything, the last started first; a second call does nothing. */
  dispose(): void;
}

export function createDisposer(): Disposer {
  const stops: (() => unknown)[] = [];
  const listening = new AbortController();
  return {
    signal: listening.signal,
    add(stop) {
      stops.push(stop);
      return stop;
    },
    listen(target, type, listener, options = {}) {
      target.addEventListener(type, listener as EventListener, {
        ...options,
        signal: listening.signal,
      });
    },
    dispose() {
      listening.abort();
      for (const stop of stops.splice(0).reverse()) stop();
    },
  };
}
