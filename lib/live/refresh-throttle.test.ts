import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RefreshThrottle } from "@/lib/live/refresh-throttle";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("RefreshThrottle", () => {
  it("runs once for a burst of requests, after the short delay", () => {
    const run = vi.fn();
    const throttle = new RefreshThrottle(run, { delayMs: 50, minIntervalMs: 400 });
    throttle.request();
    throttle.request();
    vi.advanceTimersByTime(49);
    throttle.request();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("spaces refetches by the minimum interval, and still runs the last one (nothing is lost)", () => {
    const run = vi.fn();
    const throttle = new RefreshThrottle(run, { delayMs: 50, minIntervalMs: 400 });
    throttle.request();
    vi.advanceTimersByTime(50); // ran at t=50
    throttle.request();
    vi.advanceTimersByTime(399);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1); // t=450: 400 after the first
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("holds a refetch while blocked (a text selection) and runs it when unblocked", () => {
    const run = vi.fn();
    const held = vi.fn();
    let selecting = true;
    const throttle = new RefreshThrottle(run, {
      delayMs: 50,
      minIntervalMs: 400,
      isBlocked: () => selecting,
      onHeld: held,
    });
    throttle.request();
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
    expect(held).toHaveBeenLastCalledWith(true);
    throttle.request(); // joins the held one
    throttle.unblocked(); // still selecting
    expect(run).not.toHaveBeenCalled();
    selecting = false;
    throttle.unblocked();
    expect(run).toHaveBeenCalledTimes(1);
    expect(held).toHaveBeenLastCalledWith(false);
  });

  it("does nothing after dispose", () => {
    const run = vi.fn();
    const throttle = new RefreshThrottle(run, { delayMs: 50, minIntervalMs: 400 });
    throttle.request();
    throttle.dispose();
    throttle.request();
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
  });
});
