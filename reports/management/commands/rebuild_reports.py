from django.core.management.base import BaseCommand

from reports import rollup


class Command(BaseCommand):
    help = "Recompute the monthly figures (the reports' rollup) from enrollments, attendance and certificates."

    def handle(self, *args, **options):
        result = rollup.rebuild()
        self.stdout.write(
            f"{result.lines} lines, {result.cells} cells, {result.cohorts} cohorts "
            f"in {result.seconds:.1f} s"
        )
