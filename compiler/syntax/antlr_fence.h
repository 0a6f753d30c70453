// The one place that includes the generated parser: its warnings stay out of ours.
#pragma once

#pragma GCC system_header
#include "PlanParser.h"
#include "antlr4-runtime.h"
