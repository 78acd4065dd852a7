/** The two storage backends. Code outside src/storage never branches on this. */
export type DialectName = "sqlite" | "postgres";
