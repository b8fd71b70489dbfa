// A job thread's first file: plain JavaScript, so Node can start it; it registers tsx (the same
// TypeScript loader `npm start` runs under, tsconfig paths included) and loads the worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
