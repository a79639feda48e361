import { For, type JSX } from 'solid-js';
import { fileName } from './file-name';

/** The files of a rule set as tabs; files with errors are marked. */
export function FileTabs(props: {
  files: readonly { file: string }[];
  selected: string;
  onSelect: (file: string) => void;
  errorFiles: ReadonlySet<string>;
  label: string;
}): JSX.Element {
  return (
    <ul class="rules-tabs" aria-label={props.label}>
      <For each={props.files}>
        {(f) => (
          <li>
            <button
              type="button"
              aria-current={props.selected === f.file ? 'true' : undefined}
              classList={{ 'has-errors': props.errorFiles.has(f.file) }}
              onClick={() => props.onSelect(f.file)}
            >
              {fileName(f.file)}
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
