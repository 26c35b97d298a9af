"use client";

import { createContext, useContext, type ReactNode } from "react";
import { UTC } from "@/lib/time/time-zone";

const TimeZoneContext = createContext<string>(UTC);

/** Set once in the root layout with the server's viewerTimeZone(), so server and browser render the same text. */
export function TimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={zone}>{children}</TimeZoneContext.Provider>;
}

/** The zone the viewer reads times in (UTC outside the provider). */
export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}
