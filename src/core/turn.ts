/** A turn of the event loop (a macrotask), so a page's input and painting come in between slices of long work. */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
