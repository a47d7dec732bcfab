// iis-tidy-sal.h -- SAL annotations (source annotation language) for module sources.
//
// Written for iis-tidy from the public SAL documentation; no text of the Windows SDK's sal.h or
// specstrings.h was copied. It serves static analysis on hosts without the Windows SDK (a Linux
// CI job running clang-tidy with the iis-* checks over module sources, with mingw-w64's headers
// under --target=x86_64-w64-mingw32 or i686-w64-mingw32). Production builds use the Windows SDK.
//
// Every annotation here expands to nothing: iis-tidy does not read SAL, it only needs annotated
// declarations to parse. Each name is defined only if it is not defined yet, so the platform's
// own definitions win. mingw-w64 has sal.h, specstrings.h, concurrencysal.h and driverspecs.h
// but lacks some names; sal.h and specstrings.h in this folder wrap mingw-w64's files and then
// include this header, so <windows.h> already brings the missing names in. On a host with no
// platform SAL at all, the common annotations below are defined here as well.
//
// __in and __out: libstdc++ names its own parameters __in and __out, which is why mingw-w64
// leaves these two undefined in C++. This header defines them anyway (older module code uses
// them), and this folder wraps the libstdc++ headers that use the names (bits/basic_string.h,
// bits/stl_pair.h, <tuple>, <istream>, ... as of GCC 12): each wrapper saves the two macros,
// removes them, includes the real header with #include_next and restores them. That needs this
// folder ahead of the C++ library's in the search order, as -isystem gives. Headers outside the
// wrapped list (experimental/, ext/, parallel/, tr1/, tr2/) are not covered. Define
// IISTIDY_SAL_NO_IN_OUT to leave __in and __out undefined.
//
// Not defined here, because libstdc++ or the compiler use the names for something else:
// __valid, __pre, __post, __bound, __volatile, __nonvolatile, __allocator, and the internal
// __inner_* names.

#ifndef IISTIDY_COMPAT_SAL_H
#define IISTIDY_COMPAT_SAL_H
#pragma GCC system_header

// The platform's SAL first (through this folder's wrapper when it is on the path), so that only
// the gaps are filled below.
#if defined(__has_include)
#if __has_include(<specstrings.h>)
#include <specstrings.h>
#elif __has_include(<sal.h>)
#include <sal.h>
#endif
#endif

// The common annotations. mingw-w64's sal.h already has these; they are repeated (guarded) so that
// this header also serves a translation unit that has no platform SAL at all.
#ifndef _In_
#define _In_
#endif
#ifndef _Out_
#define _Out_
#endif
#ifndef _Inout_
#define _Inout_
#endif
#ifndef _In_opt_
#define _In_opt_
#endif
#ifndef _Out_opt_
#define _Out_opt_
#endif
#ifndef _Inout_opt_
#define _Inout_opt_
#endif
#ifndef _In_z_
#define _In_z_
#endif
#ifndef _In_opt_z_
#define _In_opt_z_
#endif
#ifndef _Inout_z_
#define _Inout_z_
#endif
#ifndef _Inout_opt_z_
#define _Inout_opt_z_
#endif
#ifndef _In_reads_
#define _In_reads_(size)
#endif
#ifndef _In_reads_opt_
#define _In_reads_opt_(size)
#endif
#ifndef _In_reads_bytes_
#define _In_reads_bytes_(size)
#endif
#ifndef _In_reads_bytes_opt_
#define _In_reads_bytes_opt_(size)
#endif
#ifndef _In_reads_z_
#define _In_reads_z_(size)
#endif
#ifndef _In_reads_or_z_
#define _In_reads_or_z_(size)
#endif
#ifndef _Out_writes_
#define _Out_writes_(size)
#endif
#ifndef _Out_writes_opt_
#define _Out_writes_opt_(size)
#endif
#ifndef _Out_writes_bytes_
#define _Out_writes_bytes_(size)
#endif
#ifndef _Out_writes_bytes_opt_
#define _Out_writes_bytes_opt_(size)
#endif
#ifndef _Out_writes_to_
#define _Out_writes_to_(size,count)
#endif
#ifndef _Out_writes_to_opt_
#define _Out_writes_to_opt_(size,count)
#endif
#ifndef _Out_writes_bytes_to_
#define _Out_writes_bytes_to_(size,count)
#endif
#ifndef _Out_writes_bytes_to_opt_
#define _Out_writes_bytes_to_opt_(size,count)
#endif
#ifndef _Out_writes_all_
#define _Out_writes_all_(size)
#endif
#ifndef _Out_writes_bytes_all_
#define _Out_writes_bytes_all_(size)
#endif
#ifndef _Out_writes_z_
#define _Out_writes_z_(size)
#endif
#ifndef _Inout_updates_
#define _Inout_updates_(size)
#endif
#ifndef _Inout_updates_opt_
#define _Inout_updates_opt_(size)
#endif
#ifndef _Inout_updates_bytes_
#define _Inout_updates_bytes_(size)
#endif
#ifndef _Inout_updates_bytes_opt_
#define _Inout_updates_bytes_opt_(size)
#endif
#ifndef _Inout_updates_z_
#define _Inout_updates_z_(size)
#endif
#ifndef _Outptr_
#define _Outptr_
#endif
#ifndef _Outptr_opt_
#define _Outptr_opt_
#endif
#ifndef _Outptr_result_maybenull_
#define _Outptr_result_maybenull_
#endif
#ifndef _Outptr_opt_result_maybenull_
#define _Outptr_opt_result_maybenull_
#endif
#ifndef _Outptr_result_z_
#define _Outptr_result_z_
#endif
#ifndef _Outptr_opt_result_z_
#define _Outptr_opt_result_z_
#endif
#ifndef _Outptr_result_maybenull_z_
#define _Outptr_result_maybenull_z_
#endif
#ifndef _Outptr_result_nullonfailure_
#define _Outptr_result_nullonfailure_
#endif
#ifndef _Outptr_opt_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#endif
#ifndef _Outptr_result_buffer_
#define _Outptr_result_buffer_(size)
#endif
#ifndef _Outptr_opt_result_buffer_
#define _Outptr_opt_result_buffer_(size)
#endif
#ifndef _Outptr_result_buffer_maybenull_
#define _Outptr_result_buffer_maybenull_(size)
#endif
#ifndef _Outptr_result_bytebuffer_
#define _Outptr_result_bytebuffer_(size)
#endif
#ifndef _Outptr_opt_result_bytebuffer_
#define _Outptr_opt_result_bytebuffer_(size)
#endif
#ifndef _Outptr_result_bytebuffer_maybenull_
#define _Outptr_result_bytebuffer_maybenull_(size)
#endif
#ifndef _Outptr_result_buffer_to_
#define _Outptr_result_buffer_to_(size,count)
#endif
#ifndef _Outptr_result_bytebuffer_to_
#define _Outptr_result_bytebuffer_to_(size,count)
#endif
#ifndef _COM_Outptr_
#define _COM_Outptr_
#endif
#ifndef _COM_Outptr_opt_
#define _COM_Outptr_opt_
#endif
#ifndef _COM_Outptr_result_maybenull_
#define _COM_Outptr_result_maybenull_
#endif
#ifndef _COM_Outptr_opt_result_maybenull_
#define _COM_Outptr_opt_result_maybenull_
#endif
#ifndef _Outref_
#define _Outref_
#endif
#ifndef _Outref_result_maybenull_
#define _Outref_result_maybenull_
#endif
#ifndef _Deref_out_
#define _Deref_out_
#endif
#ifndef _Deref_opt_out_
#define _Deref_opt_out_
#endif
#ifndef _Deref_out_opt_
#define _Deref_out_opt_
#endif
#ifndef _Ret_z_
#define _Ret_z_
#endif
#ifndef _Ret_maybenull_
#define _Ret_maybenull_
#endif
#ifndef _Ret_notnull_
#define _Ret_notnull_
#endif
#ifndef _Ret_null_
#define _Ret_null_
#endif
#ifndef _Ret_valid_
#define _Ret_valid_
#endif
#ifndef _Ret_maybenull_z_
#define _Ret_maybenull_z_
#endif
#ifndef _Ret_writes_
#define _Ret_writes_(size)
#endif
#ifndef _Ret_writes_z_
#define _Ret_writes_z_(size)
#endif
#ifndef _Ret_writes_bytes_
#define _Ret_writes_bytes_(size)
#endif
#ifndef _Ret_writes_maybenull_
#define _Ret_writes_maybenull_(size)
#endif
#ifndef _Ret_writes_bytes_maybenull_
#define _Ret_writes_bytes_maybenull_(size)
#endif
#ifndef _Ret_writes_to_
#define _Ret_writes_to_(size,count)
#endif
#ifndef _Ret_writes_bytes_to_
#define _Ret_writes_bytes_to_(size,count)
#endif
#ifndef _Must_inspect_result_
#define _Must_inspect_result_
#endif
#ifndef _Check_return_
#define _Check_return_
#endif
#ifndef _Success_
#define _Success_(expr)
#endif
#ifndef _Return_type_success_
#define _Return_type_success_(expr)
#endif
#ifndef _Result_nullonfailure_
#define _Result_nullonfailure_
#endif
#ifndef _Result_zeroonfailure_
#define _Result_zeroonfailure_
#endif
#ifndef _Always_
#define _Always_(annos)
#endif
#ifndef _On_failure_
#define _On_failure_(annos)
#endif
#ifndef _When_
#define _When_(expr,annos)
#endif
#ifndef _At_
#define _At_(target,annos)
#endif
#ifndef _At_buffer_
#define _At_buffer_(target,iter,bound,annos)
#endif
#ifndef _Printf_format_string_
#define _Printf_format_string_
#endif
#ifndef _Scanf_format_string_
#define _Scanf_format_string_
#endif
#ifndef _Scanf_s_format_string_
#define _Scanf_s_format_string_
#endif
#ifndef _Printf_format_string_params_
#define _Printf_format_string_params_(n)
#endif
#ifndef _Field_size_
#define _Field_size_(size)
#endif
#ifndef _Field_size_opt_
#define _Field_size_opt_(size)
#endif
#ifndef _Field_size_bytes_
#define _Field_size_bytes_(size)
#endif
#ifndef _Field_size_bytes_opt_
#define _Field_size_bytes_opt_(size)
#endif
#ifndef _Field_size_part_
#define _Field_size_part_(size,count)
#endif
#ifndef _Field_size_bytes_part_
#define _Field_size_bytes_part_(size,count)
#endif
#ifndef _Field_size_full_
#define _Field_size_full_(size)
#endif
#ifndef _Field_z_
#define _Field_z_
#endif
#ifndef _Field_range_
#define _Field_range_(lo,hi)
#endif
#ifndef _Null_terminated_
#define _Null_terminated_
#endif
#ifndef _NullNull_terminated_
#define _NullNull_terminated_
#endif
#ifndef _Pre_notnull_
#define _Pre_notnull_
#endif
#ifndef _Pre_satisfies_
#define _Pre_satisfies_(cond)
#endif
#ifndef _Post_satisfies_
#define _Post_satisfies_(cond)
#endif
#ifndef _Post_equal_to_
#define _Post_equal_to_(expr)
#endif
#ifndef _Pre_readable_size_
#define _Pre_readable_size_(size)
#endif
#ifndef _Pre_writable_size_
#define _Pre_writable_size_(size)
#endif
#ifndef _Pre_readable_byte_size_
#define _Pre_readable_byte_size_(size)
#endif
#ifndef _Pre_writable_byte_size_
#define _Pre_writable_byte_size_(size)
#endif
#ifndef _Post_readable_size_
#define _Post_readable_size_(size)
#endif
#ifndef _Post_writable_size_
#define _Post_writable_size_(size)
#endif
#ifndef _Post_readable_byte_size_
#define _Post_readable_byte_size_(size)
#endif
#ifndef _Post_writable_byte_size_
#define _Post_writable_byte_size_(size)
#endif
#ifndef _In_range_
#define _In_range_(lo,hi)
#endif
#ifndef _Out_range_
#define _Out_range_(lo,hi)
#endif
#ifndef _Ret_range_
#define _Ret_range_(lo,hi)
#endif
#ifndef _Deref_in_range_
#define _Deref_in_range_(lo,hi)
#endif
#ifndef _Deref_out_range_
#define _Deref_out_range_(lo,hi)
#endif
#ifndef _Deref_inout_range_
#define _Deref_inout_range_(lo,hi)
#endif
#ifndef _Reserved_
#define _Reserved_
#endif
#ifndef _Const_
#define _Const_
#endif
#ifndef _Literal_
#define _Literal_
#endif
#ifndef _Notliteral_
#define _Notliteral_
#endif
#ifndef _Unchanged_
#define _Unchanged_(expr)
#endif
#ifndef _Points_to_data_
#define _Points_to_data_
#endif
#ifndef _Readable_bytes_
#define _Readable_bytes_(size)
#endif
#ifndef _Writable_bytes_
#define _Writable_bytes_(size)
#endif
#ifndef _Readable_elements_
#define _Readable_elements_(size)
#endif
#ifndef _Writable_elements_
#define _Writable_elements_(size)
#endif
#ifndef _Struct_size_bytes_
#define _Struct_size_bytes_(size)
#endif
#ifndef _Strict_type_match_
#define _Strict_type_match_
#endif
#ifndef _Analysis_assume_
#define _Analysis_assume_(expr)
#endif
#ifndef _Analysis_noreturn_
#define _Analysis_noreturn_
#endif
#ifndef _Use_decl_annotations_
#define _Use_decl_annotations_
#endif
#ifndef _Raises_SEH_exception_
#define _Raises_SEH_exception_
#endif
#ifndef _Maybe_raises_SEH_exception_
#define _Maybe_raises_SEH_exception_
#endif
#ifndef _Function_class_
#define _Function_class_(name)
#endif
#ifndef _Called_from_function_class_
#define _Called_from_function_class_(name)
#endif

// Locks (concurrencysal.h in mingw-w64).
#ifndef _Guarded_by_
#define _Guarded_by_(lock)
#endif
#ifndef _Write_guarded_by_
#define _Write_guarded_by_(lock)
#endif
#ifndef _Interlocked_
#define _Interlocked_
#endif
#ifndef _Requires_lock_held_
#define _Requires_lock_held_(lock)
#endif
#ifndef _Requires_exclusive_lock_held_
#define _Requires_exclusive_lock_held_(lock)
#endif
#ifndef _Requires_shared_lock_held_
#define _Requires_shared_lock_held_(lock)
#endif
#ifndef _Requires_lock_not_held_
#define _Requires_lock_not_held_(lock)
#endif
#ifndef _Requires_no_locks_held_
#define _Requires_no_locks_held_
#endif
#ifndef _Acquires_lock_
#define _Acquires_lock_(lock)
#endif
#ifndef _Acquires_exclusive_lock_
#define _Acquires_exclusive_lock_(lock)
#endif
#ifndef _Acquires_shared_lock_
#define _Acquires_shared_lock_(lock)
#endif
#ifndef _Releases_lock_
#define _Releases_lock_(lock)
#endif
#ifndef _Releases_exclusive_lock_
#define _Releases_exclusive_lock_(lock)
#endif
#ifndef _Releases_shared_lock_
#define _Releases_shared_lock_(lock)
#endif
#ifndef _Acquires_nonreentrant_lock_
#define _Acquires_nonreentrant_lock_(lock)
#endif
#ifndef _Releases_nonreentrant_lock_
#define _Releases_nonreentrant_lock_(lock)
#endif
#ifndef _Post_same_lock_
#define _Post_same_lock_(a,b)
#endif
#ifndef _Create_lock_level_
#define _Create_lock_level_(level)
#endif
#ifndef _Has_lock_kind_
#define _Has_lock_kind_(kind)
#endif
#ifndef _Has_lock_level_
#define _Has_lock_level_(level)
#endif
#ifndef _Lock_level_order_
#define _Lock_level_order_(a,b)
#endif
#ifndef _No_competing_thread_
#define _No_competing_thread_
#endif
#ifndef _No_competing_thread_begin_
#define _No_competing_thread_begin_
#endif
#ifndef _No_competing_thread_end_
#define _No_competing_thread_end_
#endif
#ifndef _Analysis_assume_lock_held_
#define _Analysis_assume_lock_held_(lock)
#endif
#ifndef _Analysis_assume_lock_acquired_
#define _Analysis_assume_lock_acquired_(lock)
#endif
#ifndef _Analysis_assume_lock_released_
#define _Analysis_assume_lock_released_(lock)
#endif
#ifndef _Analysis_assume_lock_not_held_
#define _Analysis_assume_lock_not_held_(lock)
#endif
#ifndef _Analysis_suppress_lock_checking_
#define _Analysis_suppress_lock_checking_(lock)
#endif
#ifndef _Function_ignore_lock_checking_
#define _Function_ignore_lock_checking_(lock)
#endif
#ifndef _Benign_race_begin_
#define _Benign_race_begin_
#endif
#ifndef _Benign_race_end_
#define _Benign_race_end_
#endif

// IRQL (driverspecs.h in mingw-w64).
#ifndef _IRQL_requires_max_
#define _IRQL_requires_max_(irql)
#endif
#ifndef _IRQL_requires_min_
#define _IRQL_requires_min_(irql)
#endif
#ifndef _IRQL_requires_
#define _IRQL_requires_(irql)
#endif
#ifndef _IRQL_raises_
#define _IRQL_raises_(irql)
#endif
#ifndef _IRQL_saves_
#define _IRQL_saves_
#endif
#ifndef _IRQL_restores_
#define _IRQL_restores_
#endif
#ifndef _IRQL_requires_same_
#define _IRQL_requires_same_
#endif
#ifndef _IRQL_saves_global_
#define _IRQL_saves_global_(kind,param)
#endif
#ifndef _IRQL_restores_global_
#define _IRQL_restores_global_(kind,param)
#endif

// SAL 1, the common forms.
#ifndef __in_opt
#define __in_opt
#endif
#ifndef __out_opt
#define __out_opt
#endif
#ifndef __inout
#define __inout
#endif
#ifndef __inout_opt
#define __inout_opt
#endif
#ifndef __in_bcount
#define __in_bcount(size)
#endif
#ifndef __in_ecount
#define __in_ecount(size)
#endif
#ifndef __out_bcount
#define __out_bcount(size)
#endif
#ifndef __out_ecount
#define __out_ecount(size)
#endif
#ifndef __inout_bcount
#define __inout_bcount(size)
#endif
#ifndef __inout_ecount
#define __inout_ecount(size)
#endif
#ifndef __in_ecount_z
#define __in_ecount_z(size)
#endif
#ifndef __in_bcount_z
#define __in_bcount_z(size)
#endif
#ifndef __out_ecount_z
#define __out_ecount_z(size)
#endif
#ifndef __out_ecount_full
#define __out_ecount_full(size)
#endif
#ifndef __out_bcount_full
#define __out_bcount_full(size)
#endif
#ifndef __out_ecount_part
#define __out_ecount_part(size,length)
#endif
#ifndef __out_bcount_part
#define __out_bcount_part(size,length)
#endif
#ifndef __ecount
#define __ecount(size)
#endif
#ifndef __bcount
#define __bcount(size)
#endif
#ifndef __deref_out
#define __deref_out
#endif
#ifndef __deref_out_opt
#define __deref_out_opt
#endif
#ifndef __deref_opt_out
#define __deref_opt_out
#endif
#ifndef __deref_out_ecount
#define __deref_out_ecount(size)
#endif
#ifndef __fallthrough
#define __fallthrough
#endif
#ifndef __analysis_assume
#define __analysis_assume(expr)
#endif
#ifndef __range
#define __range(lo,hi)
#endif

// SAL 2 building blocks (used inside _Pre_/_Post_/_At_ compositions).
#ifndef _Pre_
#define _Pre_
#endif
#ifndef _Post_
#define _Post_
#endif
#ifndef _Deref_
#define _Deref_
#endif
#ifndef _Null_
#define _Null_
#endif
#ifndef _Notnull_
#define _Notnull_
#endif
#ifndef _Maybenull_
#define _Maybenull_
#endif
#ifndef _Valid_
#define _Valid_
#endif
#ifndef _Notvalid_
#define _Notvalid_
#endif
#ifndef _Maybevalid_
#define _Maybevalid_
#endif
#ifndef _Notref_
#define _Notref_
#endif
#ifndef _Curr_
#define _Curr_
#endif
#ifndef _Old_
#define _Old_(expr)
#endif
#ifndef _Param_
#define _Param_(n)
#endif
#ifndef _Nullterm_length_
#define _Nullterm_length_(ptr)
#endif
#ifndef _String_length_
#define _String_length_(ptr)
#endif
#ifndef _Inexpressible_
#define _Inexpressible_(expr)
#endif
#ifndef _Satisfies_
#define _Satisfies_(cond)
#endif

// Pre- and post-conditions.
#ifndef _Pre_z_
#define _Pre_z_
#endif
#ifndef _Pre_opt_z_
#define _Pre_opt_z_
#endif
#ifndef _Pre_maybez_
#define _Pre_maybez_
#endif
#ifndef _Pre_valid_
#define _Pre_valid_
#endif
#ifndef _Pre_opt_valid_
#define _Pre_opt_valid_
#endif
#ifndef _Pre_invalid_
#define _Pre_invalid_
#endif
#ifndef _Pre_null_
#define _Pre_null_
#endif
#ifndef _Pre_maybenull_
#define _Pre_maybenull_
#endif
#ifndef _Pre_readonly_
#define _Pre_readonly_
#endif
#ifndef _Pre_unknown_
#define _Pre_unknown_
#endif
#ifndef _Pre_defensive_
#define _Pre_defensive_
#endif
#ifndef _Pre_cap_
#define _Pre_cap_(size)
#endif
#ifndef _Pre_bytecap_
#define _Pre_bytecap_(size)
#endif
#ifndef _Pre_count_
#define _Pre_count_(size)
#endif
#ifndef _Pre_bytecount_
#define _Pre_bytecount_(size)
#endif
#ifndef _Post_z_
#define _Post_z_
#endif
#ifndef _Post_opt_z_
#define _Post_opt_z_
#endif
#ifndef _Post_maybez_
#define _Post_maybez_
#endif
#ifndef _Post_valid_
#define _Post_valid_
#endif
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Post_ptr_invalid_
#define _Post_ptr_invalid_
#endif
#ifndef _Post_null_
#define _Post_null_
#endif
#ifndef _Post_notnull_
#define _Post_notnull_
#endif
#ifndef _Post_maybenull_
#define _Post_maybenull_
#endif
#ifndef _Post_defensive_
#define _Post_defensive_
#endif
#ifndef _Post_count_
#define _Post_count_(size)
#endif
#ifndef _Post_bytecount_
#define _Post_bytecount_(size)
#endif
#ifndef _Prepost_z_
#define _Prepost_z_
#endif
#ifndef _Prepost_opt_z_
#define _Prepost_opt_z_
#endif
#ifndef _Prepost_valid_
#define _Prepost_valid_
#endif
#ifndef _Prepost_opt_valid_
#define _Prepost_opt_valid_
#endif
#ifndef _Prepost_count_
#define _Prepost_count_(size)
#endif
#ifndef _Prepost_bytecount_
#define _Prepost_bytecount_(size)
#endif

// Dereferenced-parameter and bound forms (SAL 1.5).
#ifndef _Deref_pre_z_
#define _Deref_pre_z_
#endif
#ifndef _Deref_post_z_
#define _Deref_post_z_
#endif
#ifndef _Deref_pre_maybenull_
#define _Deref_pre_maybenull_
#endif
#ifndef _Deref_post_maybenull_
#define _Deref_post_maybenull_
#endif
#ifndef _Deref_pre_opt_valid_
#define _Deref_pre_opt_valid_
#endif
#ifndef _Deref_post_opt_valid_
#define _Deref_post_opt_valid_
#endif
#ifndef _Deref_post_valid_
#define _Deref_post_valid_
#endif
#ifndef _Deref2_pre_readonly_
#define _Deref2_pre_readonly_
#endif
#ifndef _Deref_in_z_
#define _Deref_in_z_
#endif
#ifndef _Deref_out_z_
#define _Deref_out_z_
#endif
#ifndef _Deref_inout_z_
#define _Deref_inout_z_
#endif
#ifndef _Deref_ret_z_
#define _Deref_ret_z_
#endif
#ifndef _Deref_ret_opt_z_
#define _Deref_ret_opt_z_
#endif
#ifndef _In_bound_
#define _In_bound_
#endif
#ifndef _Out_bound_
#define _Out_bound_
#endif
#ifndef _Inout_bound_
#define _Inout_bound_
#endif
#ifndef _Ret_bound_
#define _Ret_bound_
#endif
#ifndef _Deref_in_bound_
#define _Deref_in_bound_
#endif
#ifndef _Deref_out_bound_
#define _Deref_out_bound_
#endif
#ifndef _Deref_inout_bound_
#define _Deref_inout_bound_
#endif
#ifndef _Deref_ret_bound_
#define _Deref_ret_bound_
#endif

// Return values and functions.
#ifndef _Ret_opt_
#define _Ret_opt_
#endif
#ifndef _Ret_opt_valid_
#define _Ret_opt_valid_
#endif
#ifndef _Ret_opt_z_
#define _Ret_opt_z_
#endif
#ifndef _Ret_cap_
#define _Ret_cap_(size)
#endif
#ifndef _Ret_bytecap_
#define _Ret_bytecap_(size)
#endif
#ifndef _Ret_count_
#define _Ret_count_(size)
#endif
#ifndef _Ret_bytecount_
#define _Ret_bytecount_(size)
#endif
#ifndef _Check_return_opt_
#define _Check_return_opt_
#endif
#ifndef _Check_return_wat_
#define _Check_return_wat_
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _In_defensive_
#define _In_defensive_(annotes)
#endif
#ifndef _In_NLS_string_
#define _In_NLS_string_(size)
#endif
#ifndef _Enum_is_bitflag_
#define _Enum_is_bitflag_
#endif
#ifndef _Use_decl_anno_impl_
#define _Use_decl_anno_impl_
#endif
#ifndef _Translates_Win32_to_HRESULT_
#define _Translates_Win32_to_HRESULT_(errorCode)
#endif
#ifndef _Translates_NTSTATUS_to_HRESULT_
#define _Translates_NTSTATUS_to_HRESULT_(status)
#endif
#ifndef _Translates_last_error_to_HRESULT_
#define _Translates_last_error_to_HRESULT_
#endif
#ifndef _Interlocked_operand_
#define _Interlocked_operand_
#endif

// Concurrency (lock kinds and global locks).
#ifndef _Lock_kind_mutex_
#define _Lock_kind_mutex_
#endif
#ifndef _Lock_kind_event_
#define _Lock_kind_event_
#endif
#ifndef _Lock_kind_semaphore_
#define _Lock_kind_semaphore_
#endif
#ifndef _Lock_kind_spin_lock_
#define _Lock_kind_spin_lock_
#endif
#ifndef _Lock_kind_critical_section_
#define _Lock_kind_critical_section_
#endif
#ifndef _Global_cancel_spin_lock_
#define _Global_cancel_spin_lock_
#endif
#ifndef _Global_critical_region_
#define _Global_critical_region_
#endif
#ifndef _Global_interlock_
#define _Global_interlock_
#endif
#ifndef _Global_priority_region_
#define _Global_priority_region_
#endif

// Driver annotations that reach user-mode headers.
#ifndef _Dispatch_type_
#define _Dispatch_type_(type)
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(irql)
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(irql)
#endif
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif
#ifndef _Kernel_entry_
#define _Kernel_entry_
#endif
#ifndef _Kernel_entry_always_
#define _Kernel_entry_always_
#endif
#ifndef _Kernel_float_saved_
#define _Kernel_float_saved_
#endif
#ifndef _Kernel_float_restored_
#define _Kernel_float_restored_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_(yesNo)
#endif
#ifndef _Kernel_acquires_resource_
#define _Kernel_acquires_resource_(kind)
#endif
#ifndef _Kernel_releases_resource_
#define _Kernel_releases_resource_(kind)
#endif
#ifndef _Kernel_requires_resource_held_
#define _Kernel_requires_resource_held_(kind)
#endif
#ifndef _Kernel_requires_resource_not_held_
#define _Kernel_requires_resource_not_held_(kind)
#endif

// SAL 1 (the __-prefixed spellings of older module code).
#ifndef __in_z
#define __in_z
#endif
#ifndef __in_z_opt
#define __in_z_opt
#endif
#ifndef __in_opt_z
#define __in_opt_z
#endif
#ifndef __in_nz
#define __in_nz
#endif
#ifndef __in_opt_nz
#define __in_opt_nz
#endif
#ifndef __inout_z
#define __inout_z
#endif
#ifndef __inout_nz
#define __inout_nz
#endif
#ifndef __out_z
#define __out_z
#endif
#ifndef __out_z_opt
#define __out_z_opt
#endif
#ifndef __out_nz
#define __out_nz
#endif
#ifndef __out_nz_opt
#define __out_nz_opt
#endif
#ifndef __in_ecount_opt
#define __in_ecount_opt(size)
#endif
#ifndef __in_bcount_opt
#define __in_bcount_opt(size)
#endif
#ifndef __out_ecount_opt
#define __out_ecount_opt(size)
#endif
#ifndef __out_bcount_opt
#define __out_bcount_opt(size)
#endif
#ifndef __inout_ecount_opt
#define __inout_ecount_opt(size)
#endif
#ifndef __inout_bcount_opt
#define __inout_bcount_opt(size)
#endif
#ifndef __out_ecount_part_opt
#define __out_ecount_part_opt(size,length)
#endif
#ifndef __out_bcount_part_opt
#define __out_bcount_part_opt(size,length)
#endif
#ifndef __ecount_opt
#define __ecount_opt(size)
#endif
#ifndef __bcount_opt
#define __bcount_opt(size)
#endif
#ifndef __in_xcount
#define __in_xcount(size)
#endif
#ifndef __out_xcount
#define __out_xcount(size)
#endif
#ifndef __in_awcount
#define __in_awcount(expr,size)
#endif
#ifndef __out_awcount
#define __out_awcount(expr,size)
#endif
#ifndef __in_range
#define __in_range(lo,hi)
#endif
#ifndef __out_range
#define __out_range(lo,hi)
#endif
#ifndef __deref_in
#define __deref_in
#endif
#ifndef __deref_in_opt
#define __deref_in_opt
#endif
#ifndef __deref_inout
#define __deref_inout
#endif
#ifndef __deref_inout_opt
#define __deref_inout_opt
#endif
#ifndef __deref_inout_z
#define __deref_inout_z
#endif
#ifndef __deref_opt_inout
#define __deref_opt_inout
#endif
#ifndef __deref_opt_inout_opt
#define __deref_opt_inout_opt
#endif
#ifndef __deref_opt_out_opt
#define __deref_opt_out_opt
#endif
#ifndef __deref_opt_out_z
#define __deref_opt_out_z
#endif
#ifndef __deref_out_z
#define __deref_out_z
#endif
#ifndef __deref_out_z_opt
#define __deref_out_z_opt
#endif
#ifndef __deref_out_nz
#define __deref_out_nz
#endif
#ifndef __deref_out_nz_opt
#define __deref_out_nz_opt
#endif
#ifndef __deref_inout_ecount
#define __deref_inout_ecount(size)
#endif
#ifndef __deref_inout_ecount_z
#define __deref_inout_ecount_z(size)
#endif
#ifndef __deref_out_bcount
#define __deref_out_bcount(size)
#endif
#ifndef __deref_out_ecount_opt
#define __deref_out_ecount_opt(size)
#endif
#ifndef __deref_out_ecount_full
#define __deref_out_ecount_full(size)
#endif
#ifndef __deref_out_bcount_full
#define __deref_out_bcount_full(size)
#endif
#ifndef __deref_out_ecount_z
#define __deref_out_ecount_z(size)
#endif
#ifndef __deref_out_ecount_part
#define __deref_out_ecount_part(size,length)
#endif
#ifndef __deref_out_bcount_part
#define __deref_out_bcount_part(size,length)
#endif
#ifndef __deref_out_bcount_part_opt
#define __deref_out_bcount_part_opt(size,length)
#endif
#ifndef __field_ecount
#define __field_ecount(size)
#endif
#ifndef __field_bcount
#define __field_bcount(size)
#endif
#ifndef __field_ecount_opt
#define __field_ecount_opt(size)
#endif
#ifndef __field_bcount_opt
#define __field_bcount_opt(size)
#endif
#ifndef __field_ecount_full
#define __field_ecount_full(size)
#endif
#ifndef __field_bcount_full
#define __field_bcount_full(size)
#endif
#ifndef __field_ecount_part
#define __field_ecount_part(size,length)
#endif
#ifndef __field_bcount_part
#define __field_bcount_part(size,length)
#endif
#ifndef __field_ecount_part_opt
#define __field_ecount_part_opt(size,length)
#endif
#ifndef __field_nullterminated
#define __field_nullterminated
#endif
#ifndef __nullterminated
#define __nullterminated
#endif
#ifndef __nullnullterminated
#define __nullnullterminated
#endif
#ifndef __possibly_notnullterminated
#define __possibly_notnullterminated
#endif
#ifndef __notnull
#define __notnull
#endif
#ifndef __maybenull
#define __maybenull
#endif
#ifndef __readonly
#define __readonly
#endif
#ifndef __checkReturn
#define __checkReturn
#endif
#ifndef __success
#define __success(expr)
#endif
#ifndef __reserved
#define __reserved
#endif
#ifndef __callback
#define __callback
#endif
#ifndef __override
#define __override
#endif
#ifndef __format_string
#define __format_string
#endif
#ifndef __typefix
#define __typefix(ctype)
#endif
#ifndef __analysis_noreturn
#define __analysis_noreturn
#endif
#ifndef __exceptthat
#define __exceptthat
#endif
#ifndef __execeptthat
#define __execeptthat
#endif
#ifndef __blocksOn
#define __blocksOn(resource)
#endif
#ifndef __data_entrypoint
#define __data_entrypoint(category)
#endif
#ifndef __control_entrypoint
#define __control_entrypoint(category)
#endif
#ifndef __rpc_entry
#define __rpc_entry
#endif
#ifndef __kernel_entry
#define __kernel_entry
#endif
#ifndef __gdi_entry
#define __gdi_entry
#endif
#ifndef __in_data_source
#define __in_data_source(src)
#endif
#ifndef __out_data_source
#define __out_data_source(src)
#endif
#ifndef __this_out_data_source
#define __this_out_data_source(src)
#endif
#ifndef __elem_readableTo
#define __elem_readableTo(size)
#endif
#ifndef __byte_readableTo
#define __byte_readableTo(size)
#endif
#ifndef __elem_writableTo
#define __elem_writableTo(size)
#endif
#ifndef __byte_writableTo
#define __byte_writableTo(size)
#endif
#ifndef __inexpressible_readableTo
#define __inexpressible_readableTo(size)
#endif
#ifndef __inexpressible_writableTo
#define __inexpressible_writableTo(size)
#endif
// __in and __out (see the note at the top of this file).
#if !defined(IISTIDY_SAL_NO_IN_OUT)
#ifndef __in
#define __in
#endif
#ifndef __out
#define __out
#endif
#endif

#endif // IISTIDY_COMPAT_SAL_H
