"""A fixed-window request counter in the cache, for endpoints people could hammer.

Check-in scans and certificate look-ups are cheap to repeat and tempting to
probe; `allow` counts hits per key and window and says whether one more is
allowed. With a shared cache (Redis in production) the limit holds across the
web processes.
"""

import time

from django.core.cache import cache


def allow(key: str, *, limit: int, window: int = 60) -> bool:
    """Count one hit for `key`; False once `limit` hits happened in this `window` (seconds)."""
    bucket = f"ratelimit:{key}:{int(time.time() // window)}"
    cache.add(bucket, 0, timeout=window + 5)
    try:
        hits = cache.incr(bucket)
    except ValueError:  # evicted between add and incr
        cache.set(bucket, 1, timeout=window + 5)
        hits = 1
    return hits <= limit


def client_key(request) -> str:
    """Who is asking: the signed-in user, else the address the request came from."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    # Behind the load balancer REMOTE_ADDR is the proxy's: resolve the client's address
    # from the trusted forwarding headers the way the login lockout does (AXES_IPWARE_*).
    from axes.helpers import get_client_ip_address

    return f"ip:{get_client_ip_address(request) or ''}"
