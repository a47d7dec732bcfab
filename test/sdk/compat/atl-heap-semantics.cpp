// iis-tidy's checks read sdk/compat's ATL strings as owning heap strings, by their qualified
// names (ATL::CStringT, ATL::CSimpleStringT, ATL::CComBSTR): with the container tier on, a
// CString or CComBSTR built with an argument or grown in a request handler is reported; by
// default nothing is, and the ATL headers' own bodies (system headers) are never walked.
//
// REQUIRES: mingw-x64
// RUN: %check_iis_tidy --expect-clean %s iis-request-heap-allocation %t -- --target=x86_64-w64-mingw32 -DUNICODE -D_UNICODE -isystem %repo/sdk/compat
// RUN: %check_iis_tidy --check-suffix=ON --config-option=iis-request-heap-allocation.IncludeContainers=true %s iis-request-heap-allocation %t -- --target=x86_64-w64-mingw32 -DUNICODE -D_UNICODE -isystem %repo/sdk/compat

#include <httpserv.h>
#include <atlbase.h>
#include <atlstr.h>

class CBannerModule : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext* pHttpContext,
                                               IHttpEventProvider* pProvider) override
    {
        (void)pProvider;
        CStringW strEmpty; // no allocation yet
        CStringW strUrl(pHttpContext->GetScriptName());
        // CHECK-MESSAGES-ON: :[[@LINE-1]]:18: warning: heap allocation with 'ATL::CStringT' in request handler 'OnBeginRequest'
        strUrl.Format(L"%s?%d", pHttpContext->GetScriptName(), 1);
        // CHECK-MESSAGES-ON: :[[@LINE-1]]:9: warning: heap allocation with 'ATL::CStringT::Format' in request handler 'OnBeginRequest'
        strUrl += L"#top";
        // CHECK-MESSAGES-ON: :[[@LINE-1]]:9: warning: heap allocation with 'ATL::CStringT::operator+=' in request handler 'OnBeginRequest'
        strUrl.AppendChar(L'!');
        // CHECK-MESSAGES-ON: :[[@LINE-1]]:9: warning: heap allocation with 'ATL::CSimpleStringT::AppendChar' in request handler 'OnBeginRequest'
        CComBSTR bstrName(L"banner");
        // CHECK-MESSAGES-ON: :[[@LINE-1]]:18: warning: heap allocation with 'ATL::CComBSTR' in request handler 'OnBeginRequest'
        bstrName.Append(L"-v2");
        // CHECK-MESSAGES-ON: :[[@LINE-1]]:9: warning: heap allocation with 'ATL::CComBSTR::Append' in request handler 'OnBeginRequest'
        int cch = strUrl.GetLength() + strEmpty.GetLength(); // not growth
        return cch > 0 ? RQ_NOTIFICATION_CONTINUE : RQ_NOTIFICATION_FINISH_REQUEST;
    }
};
