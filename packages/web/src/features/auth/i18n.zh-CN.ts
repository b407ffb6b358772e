/** Chinese strings of the auth pages (merged into i18n/zh-CN.ts; i18n.en.ts has the same keys). */
export const authZhCN = {
  'signIn.title': '登录村治',
  'signIn.phone': '手机号',
  'signIn.phone.placeholder': '请输入 11 位手机号',
  'signIn.password': '密码',
  'signIn.password.placeholder': '请输入密码',
  'signIn.submit': '登录',
  'signIn.help': '忘记密码或被暂停登录？请到村便民服务站请村干部重置密码或解除锁定。',

  'password.title': '修改密码',
  'password.mustChange': '为了账号安全，请先设置新密码后再继续使用。',
  'password.current': '原密码',
  'password.new': '新密码',
  'password.new.hint': '至少 8 位，须包含字母和数字',
  'password.repeat': '再次输入新密码',
  'password.mismatch': '两次输入的新密码不一致',
  'password.changed': '密码已修改',

  // on the person page, for cadres who manage accounts
  'account.unlock': '解除登录锁定',
  'account.unlock.confirm':
    '解除 {name} 的登录锁定？密码不变；请先当面确认是本人。多次输错密码时，系统会暂停该手机号登录。',
  'account.unlock.done': '已解除 {name} 的登录锁定，可以立即登录',
  'account.unlock.none': '{name} 目前没有被锁定，可以直接登录',
} as const;
