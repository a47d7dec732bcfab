// The vendor header, present on a developer machine.
#pragma once
inline void TelemetryStart() {}
