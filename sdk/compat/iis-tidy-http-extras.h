// iis-tidy-http-extras.h -- HTTP Server API flags newer than mingw-w64's <http.h>.
//
// Written for iis-tidy from the public HTTP Server API reference (flag names and values are
// facts). It serves static analysis on hosts without the Windows SDK; production builds use the
// Windows SDK's http.h. httpserv.h (sdk/include) includes this file after <http.h>, or after its
// own HTTP types when no windows.h is available. Each flag is defined only if missing.

#ifndef IISTIDY_COMPAT_HTTP_EXTRAS_H
#define IISTIDY_COMPAT_HTTP_EXTRAS_H
#pragma GCC system_header

// HTTP_REQUEST::Flags.
#ifndef HTTP_REQUEST_FLAG_MORE_ENTITY_BODY_EXISTS
#define HTTP_REQUEST_FLAG_MORE_ENTITY_BODY_EXISTS 0x00000001
#endif
#ifndef HTTP_REQUEST_FLAG_IP_ROUTED
#define HTTP_REQUEST_FLAG_IP_ROUTED 0x00000002
#endif
#ifndef HTTP_REQUEST_FLAG_HTTP2
#define HTTP_REQUEST_FLAG_HTTP2 0x00000004
#endif
#ifndef HTTP_REQUEST_FLAG_HTTP3
#define HTTP_REQUEST_FLAG_HTTP3 0x00000008
#endif

// Response flags (HttpSendHttpResponse; ISendResponseProvider::GetFlags/SetFlags).
#ifndef HTTP_SEND_RESPONSE_FLAG_DISCONNECT
#define HTTP_SEND_RESPONSE_FLAG_DISCONNECT 0x00000001
#endif
#ifndef HTTP_SEND_RESPONSE_FLAG_MORE_DATA
#define HTTP_SEND_RESPONSE_FLAG_MORE_DATA 0x00000002
#endif
#ifndef HTTP_SEND_RESPONSE_FLAG_BUFFER_DATA
#define HTTP_SEND_RESPONSE_FLAG_BUFFER_DATA 0x00000004
#endif
#ifndef HTTP_SEND_RESPONSE_FLAG_ENABLE_NAGLING
#define HTTP_SEND_RESPONSE_FLAG_ENABLE_NAGLING 0x00000008
#endif
#ifndef HTTP_SEND_RESPONSE_FLAG_PROCESS_RANGES
#define HTTP_SEND_RESPONSE_FLAG_PROCESS_RANGES 0x00000020
#endif
#ifndef HTTP_SEND_RESPONSE_FLAG_OPAQUE
#define HTTP_SEND_RESPONSE_FLAG_OPAQUE 0x00000040
#endif
#ifndef HTTP_SEND_RESPONSE_FLAG_GOAWAY
#define HTTP_SEND_RESPONSE_FLAG_GOAWAY 0x00000100
#endif

#endif // IISTIDY_COMPAT_HTTP_EXTRAS_H
