// Code inside page.evaluate() runs in extension pages, where `chrome.*` exists. The global types are
// referenced here, for the tests only; tests/unit/architecture.test.ts keeps src/ off the global.
/// <reference types="chrome" />
