import type { authZhCN } from './i18n.zh-CN.ts';

export const authEn: Record<keyof typeof authZhCN, string> = {
  'signIn.title': 'Sign in to Cunzhi',
  'signIn.phone': 'Mobile number',
  'signIn.phone.placeholder': '11-digit mobile number',
  'signIn.password': 'Password',
  'signIn.password.placeholder': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.help':
    'Forgot your password, or sign-in paused? A village cadre can reset the password or lift the lock at the service station.',

  'password.title': 'Change password',
  'password.mustChange': "For your account's safety, set a new password before you go on.",
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.new.hint': 'At least 8 characters with letters and digits',
  'password.repeat': 'New password again',
  'password.mismatch': 'The two new passwords differ',
  'password.changed': 'Password changed',

  'account.unlock': 'Lift sign-in lock',
  'account.unlock.confirm':
    'Lift the sign-in lock of {name}? The password stays; first make sure, face to face, that it is them. Sign-in with a phone number is paused after repeated wrong passwords.',
  'account.unlock.done': 'The sign-in lock of {name} is lifted; they can sign in now',
  'account.unlock.none': '{name} is not locked out and can sign in',
};
