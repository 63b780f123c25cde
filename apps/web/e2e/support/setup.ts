// A browser journey signs in several people and waits for pages: minutes, not the unit tests' seconds.
jest.setTimeout(180_000);
