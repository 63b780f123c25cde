import type { WebEnv } from '../config/env';

export const env: WebEnv = { apiUrl: '' };
