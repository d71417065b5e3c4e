import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef, type ReactElement } from 'react';
import type { Profile } from '../../../../src/participation/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';

const useStyles = makeStyles({
  file: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

// Validation needs zod; load it only when someone picks a profile.
const loaders = () => import('./load-profile.ts');

export type ProfileSource = 'default' | 'configured' | 'file';

export interface ProfilePickerProps {
  source: ProfileSource;
  /** Loads the administrator's profile (a URL in the settings or the file on the participation site); null when there is none. */
  loadCentral: (() => Promise<Profile>) | null;
  onPick: (source: ProfileSource, load: () => Promise<Profile>) => void;
}

/** Choose the default profile, the administrator's, or a file. */
export function ProfilePicker({ source, loadCentral, onPick }: ProfilePickerProps): ReactElement {
  const styles = useStyles();
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  return (
    <div className={styles.root}>
      <Field label={t.profileLabel}>
        <Select
          value={source}
          onChange={(_, d) => {
            const next = d.value as ProfileSource;
            if (next === 'file') fileRef.current?.click();
            else if (next === 'configured' && loadCentral) onPick('configured', loadCentral);
            else onPick('default', () => loaders().then((m) => m.defaultProfile));
          }}
        >
          <option value="default">{t.profileDefault}</option>
          {loadCentral && <option value="configured">{t.profileConfigured}</option>}
          <option value="file">{t.profileFile}</option>
        </Select>
      </Field>
      <input
        id={fileId}
        ref={fileRef}
        className={styles.file}
        type="file"
        accept="application/json,.json"
        tabIndex={-1}
        aria-label={t.profileFile}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onPick('file', () => loaders().then((m) => m.loadProfileFromFile(file)));
          e.target.value = '';
        }}
      />
    </div>
  );
}
