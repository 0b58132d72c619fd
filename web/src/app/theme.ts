import { Badge, createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm institutional green, close to BPJS Ketenagakerjaan's, with enough contrast for white text at 7.
const lindung: MantineColorsTuple = [
  '#e7f6ef',
  '#cfeadf',
  '#a0d5bf',
  '#6dbf9d',
  '#43ab80',
  '#2a9f6e',
  '#189563',
  '#0b7e53',
  '#006f48',
  '#005e3b',
];

export const theme = createTheme({
  primaryColor: 'lindung',
  primaryShade: 7,
  colors: { lindung },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // A status or kind badge must never shrink to "BER…" in a tight table column: it keeps its width.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, minWidth: 'max-content' }, label: { overflow: 'visible' } } }),
  },
});
