// Turns any thrown error into a sentence for the user, in the current language.
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

// Codes the UI translates itself, so the message follows a language switch made after the error.
const LOCAL_CODES = ['AUTH_INVALID', 'NETWORK'] as const;
type LocalCode = (typeof LOCAL_CODES)[number];

function isLocalCode(code: string): code is LocalCode {
  return (LOCAL_CODES as readonly string[]).includes(code);
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (isLocalCode(error.code)) return t(`errors.${error.code}`);
      if (error.message) return error.message; // the server translated it per Accept-Language
    }
    return t('errors.UNKNOWN');
  };
}
