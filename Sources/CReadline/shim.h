// GNU readline and its history list, for fibroqa's interactive prompt.
// readline.h expects stdio.h to be included first.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
