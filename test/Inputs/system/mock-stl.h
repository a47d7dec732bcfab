// A tiny stand-in for the STL, included with -isystem so that it is a system
// header: its internals allocate, but the walk must not descend into them.
#pragma clang system_header
#ifndef IIS_TIDY_TEST_MOCK_STL_H
#define IIS_TIDY_TEST_MOCK_STL_H

typedef decltype(sizeof(0)) size_t;
extern "C" void *malloc(size_t);
extern "C" void free(void *);

namespace std {
template <class T> class allocator {
public:
  T *allocate(size_t n) { return static_cast<T *>(::operator new(n * sizeof(T))); }
};
template <class C> class basic_string {
public:
  basic_string() {}
  basic_string(const C *s) { Data = new C[8]; (void)s; }
  basic_string &append(const C *s) { Data = new C[16]; (void)s; return *this; }
  basic_string &operator+=(const C *s) { return append(s); }
  size_t size() const { return 0; }
private:
  C *Data = nullptr;
};
typedef basic_string<char> string;
typedef basic_string<wchar_t> wstring;
template <class T> class vector {
public:
  vector() {}
  explicit vector(size_t n) { Data = Alloc.allocate(n); }
  void push_back(const T &) { Data = Alloc.allocate(4); }
  void reserve(size_t n) { Data = Alloc.allocate(n); }
  size_t size() const { return 0; }
private:
  allocator<T> Alloc;
  T *Data = nullptr;
};
// A system helper that allocates internally: not walked, not a finding.
inline char *__internal_dup(const char *) { return static_cast<char *>(malloc(4)); }
} // namespace std

#endif
