export declare function findBrowser(): { executablePath: string } | null;
export declare function playwrightOwnBrowser(): Promise<string | null>;
export declare const chromiumArgs: string[];
