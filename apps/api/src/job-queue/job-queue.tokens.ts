/** The PostgreSQL the app runs on, which the job queue shares. */
export const DATABASE_URL = Symbol('DATABASE_URL');
