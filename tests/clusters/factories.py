import factory
from allauth.account.models import EmailAddress
from factory.django import DjangoModelFactory

from clusters.models import Cluster, ClusterRole, Company, CompanyMembership, TraineeProfile, User
from clusters.validators import curp_check_digit, rfc_check_digit


def valid_rfc(n: int) -> str:
    letters = "".join("ABCDEFGHJKLMNPRSTUVWXYZ"[(n // 23**i) % 23] for i in range(3))
    base = f"{letters}{(n % 28) + 70:02d}0{(n % 9) + 1}{(n % 27) + 1:02d}A{(n % 9) + 1}"
    return base + rfc_check_digit(base)


def valid_curp(n: int) -> str:
    letters = "BCDFGHJKLMNPRSTVZ"
    head = f"G{'AEIOU'[n % 5]}{letters[n % 17]}{letters[(n // 17) % 17]}"
    body = f"{head}9{n % 10}0{(n % 9) + 1}1{n % 10}HQTRRN0"
    return body + curp_check_digit(body)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "Correct-Horse-9")

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)
            obj.save()


class ClusterFactory(DjangoModelFactory):
    class Meta:
        model = Cluster
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"cluster-{n}")
    name = factory.Sequence(lambda n: f"Clúster Automotriz {n}")
    short_name = factory.Sequence(lambda n: f"C{n}")
    states = "Querétaro"


class CompanyFactory(DjangoModelFactory):
    class Meta:
        model = Company
        skip_postgeneration_save = True

    legal_name = factory.Sequence(lambda n: f"Autopartes {n} S.A. de C.V.")
    rfc = factory.Sequence(valid_rfc)
    tier = Company.Tier.TIER2

    @factory.post_generation
    def clusters(obj, create, extracted, **kwargs):
        if create:
            for cluster in extracted or []:
                CompanyMembership.objects.create(company=obj, cluster=cluster)


class TraineeProfileFactory(DjangoModelFactory):
    class Meta:
        model = TraineeProfile

    user = factory.SubFactory(UserFactory)
    given_names = "Ana"
    paternal_surname = factory.Sequence(lambda n: f"Pérez{n}")
    maternal_surname = "Núñez"
    curp = factory.Sequence(valid_curp)
    occupation = "Ingeniera de procesos"
    trainee_type = TraineeProfile.TraineeType.ENGINEER
    cluster = factory.SubFactory(ClusterFactory)
    company = factory.LazyAttribute(lambda o: CompanyFactory(clusters=[o.cluster]))


class ClusterRoleFactory(DjangoModelFactory):
    class Meta:
        model = ClusterRole

    user = factory.SubFactory(UserFactory)
    cluster = factory.SubFactory(ClusterFactory)
    role = ClusterRole.Role.CLUSTER_ADMIN
