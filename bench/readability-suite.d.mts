export declare const SUITE_DIR: string;
export declare const SUITE_URL: string;
export interface SuitePage { name: string; source: string; expected: string[] }
export interface SuiteAnswer { name: string; text: string; none: boolean }
export interface SuiteScore { f1: number; scored: number; noArticle: string[]; perPage: { name: string; f1: number }[] }
export declare function tokens(text: string): string[];
export declare function tokenF1(predicted: readonly string[], expected: readonly string[]): number;
export declare function loadSuite(parseText: (html: string) => string): SuitePage[] | null;
export declare function scoreSuite(pages: readonly SuitePage[], answers: readonly SuiteAnswer[]): SuiteScore;
