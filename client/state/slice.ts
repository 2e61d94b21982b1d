// Producers typed against one slice of the State (filters, pins, camera…): they read and return that slice only.
import type { Producer, State } from '../types.js';

export type SliceProducer<K extends keyof State> = (slice: State[K]) => State[K];

/** Lifts a slice producer to the whole State; an unchanged slice leaves the State unchanged (no listener runs). */
export function onSlice<K extends keyof State>(key: K, producer: SliceProducer<K>): Producer {
  return (state) => {
    const next = producer(state[key]);
    return next === state[key] ? state : { ...state, [key]: next };
  };
}
