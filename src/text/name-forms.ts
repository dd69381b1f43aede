/**
 * Other forms a place name is written in, for the linker's tries. Pure; usable in the browser.
 */

/**
 * A name with the Arabic "Jabal X" (mount X) also in its English forms: "Jabal Shahshabo",
 * "Shahshabo mountain", "Mount Shahshabo", "Shahshabo mountains", "Shahshabo Mount". Other names as
 * they are.
 */
export function withMountainForms(name: string): string[] {
  const m =
    /^(?:jabal|jebel|jabel|djebel|jbel)\s+(?:(?:al|el|an|ash|as|at|ad|ar|az)-)?(\p{L}[\p{L}'’-]*)$/iu.exec(
      name.trim(),
    );
  const rest = m?.[1];
  if (rest === undefined) return [name];
  return [name, `${rest} mountain`, `${rest} mountains`, `Mount ${rest}`, `${rest} Mount`];
}
