// Hostile .def files: missing, empty, binary, huge, malformed, odd line
// endings and encodings, a directory and symbolic links named *.def. Each
// gives a clear diagnostic naming the file (or is read as the linker reads
// it), never a crash or a hang. Each case is a repository of its own (.git),
// so that .def discovery sees only its own files.
//
// The entry point comes first, so that the checks below can name its line.

typedef long HRESULT;
typedef unsigned long DWORD;
#define WINAPI __stdcall
#define S_OK 0
class IHttpModuleRegistrationInfo;
class IHttpServer;

// Not dllexport: only a .def can export it.
HRESULT WINAPI RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo,
                              IHttpServer *pGlobalInfo) {
  return S_OK;
}

// RUN: rm -rf %t
// RUN: mkdir -p %t/missing/.git %t/empty/.git %t/binary/.git %t/huge/.git %t/nearmax/.git %t/malformed/.git
// RUN: mkdir -p %t/cr/.git %t/crcomment/.git %t/crlf/.git %t/bom8/.git %t/bom16/.git %t/dir/.git %t/dirfound/.git %t/links/.git
// RUN: mkdir -p %t/dir/x.def %t/dirfound/x.def %t/links/realdir
// RUN: cp %s %t/missing/mod.cpp && cp %s %t/empty/mod.cpp && cp %s %t/binary/mod.cpp && cp %s %t/huge/mod.cpp && cp %s %t/nearmax/mod.cpp
// RUN: cp %s %t/malformed/mod.cpp && cp %s %t/cr/mod.cpp && cp %s %t/crcomment/mod.cpp && cp %s %t/crlf/mod.cpp && cp %s %t/bom8/mod.cpp
// RUN: cp %s %t/bom16/mod.cpp && cp %s %t/dir/mod.cpp && cp %s %t/dirfound/mod.cpp && cp %s %t/links/mod.cpp
//
// Missing, named by option: the file is named with the reason.
// RUN: cd %t/missing && timeout 20 %clang_tidy --load=%iis_plugin mod.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-registermodule-export.ModuleDefinitionFiles: '%t/missing/Gone.def'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefix=MISSING %no_crash_marks --implicit-check-not='warning:'
// MISSING: mod.cpp:17:16: warning: 'RegisterModule' is not exported: it is not dllexport and no .def file among '{{.*}}Gone.def' exports it, so IIS will not find it [iis-registermodule-export]
// MISSING: mod.cpp:17:16: warning: cannot read module-definition file '{{.*}}missing/Gone.def': No such file or directory [iis-registermodule-export]
//
// Empty: read, exports nothing.
// RUN: touch %t/empty/Module.def
// RUN: cd %t/empty && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefix=NOT-EXPORTED %no_crash_marks --implicit-check-not='warning:'
// NOT-EXPORTED: mod.cpp:17:16: warning: 'RegisterModule' is not exported: it is not dllexport, and no .def file in '{{.*}}' or its parent directories up to '{{.*}}' exports it, nor does a project file in the folders up to '{{.*}}' or elsewhere in the repository compile it, so IIS will not find it [iis-registermodule-export]
//
// Binary (NUL bytes): not read as text.
// RUN: printf 'EXPORTS\000RegisterModule\n\001\002\003' > %t/binary/Module.def
// RUN: cd %t/binary && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefixes=NOT-EXPORTED,BINARY %no_crash_marks --implicit-check-not='warning:'
// BINARY: mod.cpp:17:16: warning: module-definition file '{{.*}}binary/Module.def' is not text (it contains NUL bytes) [iis-registermodule-export]
//
// 100 MB (a sparse file): refused at once by its size, never read. The
// timeout is generous; the run takes a few hundredths of a second.
// RUN: %python -c "open(r'%t/huge/Module.def', 'wb').truncate(100 * 1024 * 1024)"
// RUN: cd %t/huge && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefixes=NOT-EXPORTED,HUGE %no_crash_marks --implicit-check-not='warning:'
// HUGE: mod.cpp:17:16: warning: module-definition file '{{.*}}huge/Module.def' is 104857600 bytes, larger than the 4194304 bytes a module-definition file can plausibly be; not read [iis-registermodule-export]
// RUN: rm %t/huge/Module.def
//
// Just under the limit (4 MB of comments, then the export): read in full.
// RUN: %python -c "open(r'%t/nearmax/Module.def', 'w').write('; padding\n' * 419427 + 'EXPORTS\n  RegisterModule\n')"
// RUN: cd %t/nearmax && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include > %t/nearmax.out 2>&1
// RUN: count 0 < %t/nearmax.out
// RUN: rm %t/nearmax/Module.def
//
// Malformed: each problem is reported with the file and its line; the valid
// export still counts.
// RUN: printf 'EXPORTS\n  RegisterModule\n  @@@ ]]] = == ,, "unterminated\n  Other @x\n"\nLIBRARY\n' > %t/malformed/Module.def
// RUN: cd %t/malformed && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefix=MALFORMED %no_crash_marks --implicit-check-not='warning:'
// MALFORMED: mod.cpp:17:16: warning: '{{.*}}malformed/Module.def' line 3: ']]]=' names no internal symbol [iis-registermodule-export]
// MALFORMED: warning: '{{.*}}malformed/Module.def' line 3: expected an export name, found ','
// MALFORMED: warning: '{{.*}}malformed/Module.def' line 3: expected an export name, found '=='
// MALFORMED: warning: '{{.*}}malformed/Module.def' line 3: ordinal '@@@' has no export name before it
// MALFORMED: warning: '{{.*}}malformed/Module.def' line 3: unterminated quoted name
// MALFORMED: warning: '{{.*}}malformed/Module.def' line 4: 'x' is not a valid ordinal (1 to 65535)
// MALFORMED: warning: '{{.*}}malformed/Module.def' line 5: unterminated quoted name
//
// Line endings. CR only: read like LF (as lld-link does), except that a ';'
// comment runs to the next LF, here the end of the file, exactly as in
// lld-link's parser, which then exports nothing either. CRLF: as LF.
// RUN: printf 'EXPORTS\rRegisterModule\r' > %t/cr/Module.def
// RUN: cd %t/cr && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include > %t/cr.out 2>&1
// RUN: count 0 < %t/cr.out
// RUN: printf '; MyModule exports\rEXPORTS\rRegisterModule\r' > %t/crcomment/Module.def
// RUN: cd %t/crcomment && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefix=NOT-EXPORTED %no_crash_marks --implicit-check-not='warning:'
// RUN: printf 'LIBRARY MyModule\r\nEXPORTS\r\n  RegisterModule\r\n' > %t/crlf/Module.def
// RUN: cd %t/crlf && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include > %t/crlf.out 2>&1
// RUN: count 0 < %t/crlf.out
//
// Encodings. A UTF-8 byte order mark is skipped (lld-link would reject the
// file, "unknown directive"; link.exe is the reference here). UTF-16LE with
// a BOM has NUL bytes, and is reported as not text.
// RUN: printf '\357\273\277EXPORTS\n  RegisterModule\n' > %t/bom8/Module.def
// RUN: cd %t/bom8 && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include > %t/bom8.out 2>&1
// RUN: count 0 < %t/bom8.out
// RUN: %python -c "open(r'%t/bom16/Module.def', 'wb').write(b'\xff\xfe' + 'EXPORTS\r\n  RegisterModule\r\n'.encode('utf-16-le'))"
// RUN: cd %t/bom16 && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefixes=NOT-EXPORTED,BOM16 %no_crash_marks --implicit-check-not='warning:'
// BOM16: mod.cpp:17:16: warning: module-definition file '{{.*}}bom16/Module.def' is UTF-16; the linker reads ANSI text: save it as such [iis-registermodule-export]
//
// A directory named x.def: named by option, it cannot be read, and says so;
// found by the search, it is a directory, not a .def file, and is skipped.
// RUN: cd %t/dir && timeout 20 %clang_tidy --load=%iis_plugin mod.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-registermodule-export.ModuleDefinitionFiles: '%t/dir/x.def'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefix=DIR %no_crash_marks --implicit-check-not='warning:'
// DIR: mod.cpp:17:16: warning: 'RegisterModule' is not exported: it is not dllexport and no .def file among '{{.*}}x.def' exports it
// DIR: mod.cpp:17:16: warning: module-definition file '{{.*}}dir/x.def' is not a regular file; not read [iis-registermodule-export]
// RUN: cd %t/dirfound && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefix=NOT-EXPORTED %no_crash_marks --implicit-check-not='warning:'
//
// Symbolic links named *.def that lead nowhere, to themselves, or to a
// directory: each is named with the reason; a good .def beside them exports
// the function.
// RUN: ln -s nowhere.def %t/links/dangling.def
// RUN: ln -s loop.def %t/links/loop.def
// RUN: ln -s realdir %t/links/y.def
// RUN: printf 'EXPORTS\n  RegisterModule\n' > %t/links/Module.def
// RUN: cd %t/links && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include 2>&1 | FileCheck %s --check-prefix=LINKS %no_crash_marks --implicit-check-not='warning:'
// LINKS: mod.cpp:17:16: warning: cannot read module-definition file '{{.*}}links/dangling.def': No such file or directory
// LINKS: mod.cpp:17:16: warning: cannot read module-definition file '{{.*}}links/loop.def': Too many levels of symbolic links
// LINKS: mod.cpp:17:16: warning: module-definition file '{{.*}}links/y.def' is not a regular file; not read
//
// Not here: a FIFO or a character device named *.def hangs the check (see
// Inputs/README.md); this machine runs as root, so an unreadable file cannot
// be made here.

