/** Bumped whenever the engine's output for the same input can change. */
export const ENGINE_VERSION = "parallax-engine/0.67.1";
