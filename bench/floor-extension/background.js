// The bench's floor extension: a service worker that does nothing, so its extension has one
// to stop before each page load, exactly like Sitwell.
