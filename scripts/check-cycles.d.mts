/** Every import cycle among the TypeScript files below `folder`, each as a path of file names. */
export declare function findCycles(folder: string): string[][];
