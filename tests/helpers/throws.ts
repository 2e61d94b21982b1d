// What a call throws, for tests that look into the error rather than only that there is one.

/** The value `run` throws, or undefined when it returns. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The error of class `type` that `run` throws; any other error is thrown on, and a return fails with `accepted`. */
export function thrownAs<E extends Error>(
  type: abstract new (...args: never[]) => E,
  run: () => unknown,
  accepted: string,
): E {
  const error = thrownBy(run);
  if (error instanceof type) return error;
  if (error !== undefined) throw error;
  throw new Error(`${accepted}, but a ${type.name} was expected`);
}
