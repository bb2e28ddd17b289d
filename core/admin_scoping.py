"""Row-level scoping for Wagtail admin viewsets, with no domain of its own.

Wagtail's generic views check model-wide permissions only: the edit, delete,
inspect, history, usage and copy views load any object by primary key, the
snippet chooser and the bulk actions list any row. The pieces here close that
gap for a viewset that says which rows a person may see:

- ``ScopedPermissionPolicy``: a Wagtail permission policy built from three
  callables (actions a user holds, the rows each action reaches, the users
  holding actions), so menus, buttons and bulk actions follow the same rules.
- ``ScopedViewSetMixin``: for a ``ModelViewSet``/``SnippetViewSet``; its
  ``get_scope_queryset(user)`` feeds the listing, and every per-object view
  loads its object from that scope (404 outside it) and then checks the
  policy for that very object (403 when the action is not allowed on it).
- ``ScopedChooserViewSet`` and ``ScopedBulkActionMixin`` do the same for the
  snippet chooser and bulk actions.

A scope is any callable ``user -> QuerySet``. It must fail closed.
"""

from collections.abc import Callable, Collection
from contextlib import suppress
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.http import Http404
from wagtail.admin.views.generic import IndexView
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import SnippetChooserViewSet

Scope = Callable[[Any], QuerySet]

_ALL = object()  # cache marker: the action reaches every row


def _instance_action_check(view, obj) -> None:
    """Raise PermissionDenied unless the view's required action is allowed on `obj`."""
    policy = getattr(view, "permission_policy", None)
    if not policy:
        return
    user = view.request.user
    required = getattr(view, "permission_required", None)
    if required and not policy.user_has_permission_for_instance(user, required, obj):
        raise PermissionDenied
    # "add" says nothing about an existing row, so it cannot open one.
    any_required = [a for a in getattr(view, "any_permission_required", None) or [] if a != "add"]
    if any_required and not policy.user_has_any_permission_for_instance(user, any_required, obj):
        raise PermissionDenied


class ScopedPermissionPolicy(BasePermissionPolicy):
    """A permission policy decided by callables, typically from an app's permissions module.

    ``actions(user)`` returns the actions ("add", "change", "delete", "view", ...)
    the user may take on some rows; ``scope(user, action)`` the rows an action
    reaches; ``users(actions)`` the users holding any of the actions. An action
    on an instance is allowed when the instance is in the action's scope
    ("add" has no instance and follows ``actions``).

    Row sets are cached on the user object for the request, as Wagtail's own
    policies do; a user object kept across changes of roles must be reloaded.
    """

    def __init__(
        self,
        model,
        *,
        actions: Callable[[Any], Collection[str]],
        scope: Callable[[Any, str], QuerySet],
        users: Callable[[Collection[str]], QuerySet],
    ):
        super().__init__(model)
        self._actions = actions
        self._scope = scope
        self._users = users

    @property
    def _cache_name(self) -> str:
        return f"_scoped_policy_{self.model._meta.label_lower}"

    def _cache(self, user) -> dict:
        cache = getattr(user, self._cache_name, None)
        if cache is None:
            cache = {}
            with suppress(AttributeError):  # an object that takes no attributes: no cache
                setattr(user, self._cache_name, cache)
        return cache

    def _user_actions(self, user) -> frozenset[str]:
        if user is None:
            return frozenset()
        cache = self._cache(user)
        if "actions" not in cache:
            cache["actions"] = frozenset(self._actions(user))
        return cache["actions"]

    def _pks(self, user, action):
        cache = self._cache(user)
        key = ("pks", action)
        if key not in cache:
            queryset = self._scope(user, action)
            if queryset.query.is_empty():
                cache[key] = frozenset()
            elif not queryset.query.has_filters():
                cache[key] = _ALL
            else:
                cache[key] = frozenset(queryset.values_list("pk", flat=True))
        return cache[key]

    # Model-wide questions: "may the user do this to some rows?"

    def user_has_permission(self, user, action):
        return action in self._user_actions(user)

    def user_has_any_permission(self, user, actions):
        return bool(self._user_actions(user) & set(actions))

    def users_with_any_permission(self, actions):
        return self._users(actions)

    # Row questions.

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action == "add" or instance is None or instance.pk is None:
            return action == "add"
        pks = self._pks(user, action)
        return pks is _ALL or instance.pk in pks

    def instances_user_has_any_permission_for(self, user, actions):
        manager = self.model._default_manager
        allowed = [a for a in actions if a != "add" and self.user_has_permission(user, a)]
        if not allowed:
            return manager.none()
        condition = Q(pk__in=[])
        for action in allowed:
            queryset = self._scope(user, action)
            if not queryset.query.is_empty():
                condition |= Q(pk__in=queryset.values("pk"))
        return manager.filter(condition)

    def users_with_any_permission_for_instance(self, actions, instance):
        # Which of these users reach this very row is decided by their roles;
        # answering with everyone holding the action would overstate it, so
        # answer only the ones whose scope includes it.
        users = self.users_with_any_permission(actions)
        return users.filter(
            pk__in=[
                user.pk
                for user in users
                if self.user_has_any_permission_for_instance(user, actions, instance)
            ]
        )


class _ScopedViewMixin:
    scope: Scope | None = None  # set per viewset through as_view(scope=...)

    def get_scope_queryset(self) -> QuerySet:
        if self.scope is None:
            return self.model._default_manager.none()
        return self.scope(self.request.user)


class ScopedObjectViewMixin(_ScopedViewMixin):
    """For a per-object view: load the object from ``scope(user)`` and check the action on it."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if obj is None or obj.pk is None:
            return obj
        if not self.get_scope_queryset().filter(pk=obj.pk).exists():
            raise Http404
        _instance_action_check(self, obj)
        return obj


class ScopedIndexViewMixin(_ScopedViewMixin):
    """For an index view: list ``scope(user)``; row links and buttons follow the policy per row."""

    def get_base_queryset(self):
        return self.get_scope_queryset()

    def _may(self, actions, instance) -> bool:
        policy = self.permission_policy
        return not policy or policy.user_has_any_permission_for_instance(
            self.request.user, actions, instance
        )

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self._may(["change"], instance) else None

    def get_delete_url(self, instance):
        return super().get_delete_url(instance) if self._may(["delete"], instance) else None

    def get_copy_url(self, instance):
        return super().get_copy_url(instance) if self._may(["add"], instance) else None

    def get_inspect_url(self, instance):
        if self._may(["view", "change", "delete"], instance):
            return super().get_inspect_url(instance)
        return None


class ScopedViewSetMixin:
    """For a ``ModelViewSet`` or ``SnippetViewSet``: scope the listing and every object view.

    Subclasses override ``get_scope_queryset(user)``; the default shows nothing.
    """

    def get_scope_queryset(self, user) -> QuerySet:
        return self.model._default_manager.none()

    def get_queryset(self, request):
        return self.get_scope_queryset(request.user)

    def construct_view(self, view_class, **kwargs):
        if not issubclass(view_class, _ScopedViewMixin):
            if issubclass(view_class, IndexView):
                view_class = type(view_class.__name__, (ScopedIndexViewMixin, view_class), {})
            elif hasattr(view_class, "get_object"):
                view_class = type(view_class.__name__, (ScopedObjectViewMixin, view_class), {})
        if issubclass(view_class, _ScopedViewMixin):
            kwargs.setdefault("scope", self.get_scope_queryset)
        return super().construct_view(view_class, **kwargs)

    @property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        if isinstance(viewset, ScopedChooserViewSet):
            viewset.scope = self.get_scope_queryset
        return viewset


class _ScopedChooserMixin:
    scope: Scope | None = None

    def get_scope_queryset(self) -> QuerySet:
        if self.scope is None:
            return self.model_class._default_manager.none()
        return self.scope(self.request.user)

    def can_create(self):
        # Rows are created in the viewset's own create view, where forms are scoped.
        return False


class _ScopedChooseMixin(_ScopedChooserMixin):
    def get_object_list(self):
        return super().get_object_list().filter(pk__in=self.get_scope_queryset().values("pk"))


class _ScopedChosenMixin(_ScopedChooserMixin):
    def get_object(self, pk):
        return self.get_scope_queryset().get(pk=pk)  # DoesNotExist -> 404 in the view


class _ScopedChosenMultipleMixin(_ScopedChooserMixin):
    def get_objects(self, pks):
        return self.get_scope_queryset().filter(pk__in=pks)


class ScopedChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser whose choose, chosen and create views only reach ``scope(user)``."""

    scope: Scope | None = None

    def construct_view(self, view_class, **kwargs):
        mixins = []
        if hasattr(view_class, "get_object_list"):
            mixins.append(_ScopedChooseMixin)
        if hasattr(view_class, "get_objects"):
            mixins.append(_ScopedChosenMultipleMixin)
        if hasattr(view_class, "get_object") and not hasattr(view_class, "get_object_list"):
            mixins.append(_ScopedChosenMixin)
        if not mixins:
            mixins.append(_ScopedChooserMixin)
        view_class = type(view_class.__name__, (*mixins, view_class), {})
        return super().construct_view(view_class, scope=self.scope, **kwargs)


class ScopedBulkActionMixin:
    """For a Wagtail bulk action: only rows the policy lets the user see or act on are reached.

    Without it, ``?id=all`` or foreign ids would list other people's rows by name
    as "items you cannot act on".
    """

    scope_actions = ("view", "change", "delete")

    def get_scope_queryset(self) -> QuerySet:
        policy = policy_registry.get_by_type(self.model)
        return policy.instances_user_has_any_permission_for(self.request.user, self.scope_actions)

    def get_all_objects_in_listing_query(self, parent_id):
        return self.get_scope_queryset().values_list("pk", flat=True)

    def get_queryset(self, model: type[Model], object_ids):
        objects = list(self.get_scope_queryset().filter(pk__in=list(object_ids)))
        if not objects:
            raise Http404
        return objects
