import { z } from "zod";

// The pages' CSP forbids eval (proxy.ts). zod compiles fast object parsers with `new Function`
// when it may, and even its probe for that is reported as a CSP violation. This file runs
// before any of the app's modules build a schema: in the browser, zod uses the parser that
// needs no eval. The server keeps the compiled one (no CSP there, and big saves parse faster).
z.config({ jitless: true });
