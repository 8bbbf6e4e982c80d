/** A test-only module bundled into one classic script a test evaluates in an extension page (CSP allows no other). */
import { rolldown } from 'rolldown';

export async function bundleScript(entry: string): Promise<string> {
  const bundle = await rolldown({ input: entry, logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
