import { catalogue, render, type Format, type MessageRef } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';

/** What the safety checks of ims-doctor tell the user (writes refused, secrets sent in clear). See docs/security.md. */
export const SECURITY = catalogue({
  insecureHttp: {
    en: (p: { instance: string; url: string }, f: Format) =>
      `warning: instance ${f.v(p.instance)} is read over ${f.v(p.url)} (allowInsecureHttp: true): its password or token crosses the network in clear.`,
    ko: (p, f) =>
      `경고: 인스턴스 ${f.v(p.instance)}: ${f.v(p.url)} 주소로 읽습니다(allowInsecureHttp: true). 암호나 토큰이 암호화되지 않은 채 네트워크로 전송됩니다.`,
  },
  writeOntoInput: {
    en: (p: { file: string }, f: Format) =>
      `refusing to write ${f.v(p.file)}: it is one of the files this run reads (the same file, or a link to it); choose another file.`,
    ko: (p, f) => `${f.v(p.file)} 파일에 쓰지 않습니다. 이번 실행이 읽는 파일(같은 파일이거나 그 링크)입니다. 다른 파일을 지정하십시오.`,
  },
  writeOntoLink: {
    en: (p: { file: string }, f: Format) =>
      `refusing to write ${f.v(p.file)}: it is a symbolic link, which ims-doctor never follows when writing; give the real path.`,
    ko: (p, f) => `${f.v(p.file)} 파일에 쓰지 않습니다. 심볼릭 링크이며, ims-doctor는 쓸 때 링크를 따라가지 않습니다. 실제 경로를 지정하십시오.`,
  },
  writeOntoFolder: {
    en: (p: { file: string }, f: Format) => `cannot write ${f.v(p.file)}: it is a folder; give a file name.`,
    ko: (p, f) => `파일에 쓸 수 없습니다: ${f.v(p.file)}. 폴더입니다. 파일 이름을 지정하십시오.`,
  },
  writeNoFolder: {
    en: (p: { file: string; folder: string }, f: Format) => `cannot write ${f.v(p.file)}: the folder ${f.v(p.folder)} does not exist.`,
    ko: (p, f) => `파일에 쓸 수 없습니다: ${f.v(p.file)}. 폴더가 없습니다: ${f.v(p.folder)}.`,
  },
  writeFailed: {
    // `error` is the system's code (EACCES, ENOSPC, …): the same in every language.
    en: (p: { file: string; error: string }, f: Format) => `cannot write ${f.v(p.file)}: ${p.error}; nothing was written.`,
    ko: (p, f) => `파일에 쓸 수 없습니다: ${f.v(p.file)} (${p.error}). 아무 파일도 쓰지 않았습니다.`,
  },
});

export type SecurityRef = MessageRef<typeof SECURITY>;

export function securityText(lang: Lang, ref: SecurityRef): string {
  return render(SECURITY, ref, lang);
}
