/** A domain's messages: zh-CN first, and en-US with exactly the same keys (checked by the type). */
export function defineMessages<const Z extends Record<string, string>>(zh: Z, en: Record<keyof Z, string>) {
  return { zh, en };
}
