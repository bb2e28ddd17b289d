"""Course and lesson blocks, composed with the shared library of core/blocks.py."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import BaseStreamBlock


class LearningOutcomesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    outcomes = blocks.ListBlock(
        blocks.CharBlock(label=_("Outcome"), max_length=300), label=_("Learning outcomes")
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Learning outcomes")
        template = "courses/blocks/learning_outcomes_block.html"
        preview_value = {
            "heading": "Al terminar podrás",
            "outcomes": [
                "Describir las fases del ciclo DMAIC.",
                "Construir un diagrama SIPOC de tu proceso.",
            ],
        }
        description = _("What a trainee will be able to do after the course.")


class ModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Module"), max_length=160)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=600)
    topics = blocks.ListBlock(
        blocks.CharBlock(label=_("Topic"), max_length=200), label=_("Topics"), min_num=0
    )


class ModuleListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    modules = blocks.ListBlock(ModuleBlock(), label=_("Modules"))

    class Meta:
        icon = "list-ol"
        label = _("Syllabus modules")
        template = "courses/blocks/module_list_block.html"
        preview_value = {
            "heading": "Temario",
            "modules": [
                {
                    "title": "Módulo 1: Definir",
                    "description": "Alcance del proyecto y voz del cliente.",
                    "topics": ["Project charter", "SIPOC"],
                }
            ],
        }
        description = _("The modules of the course and their topics.")


class InstructorCardBlock(blocks.StructBlock):
    instructor = SnippetChooserBlock("courses.Instructor", label=_("Instructor"))
    role = blocks.CharBlock(label=_("Role in this course"), required=False, max_length=120)

    class Meta:
        icon = "user"
        label = _("Instructor card")
        template = "courses/blocks/instructor_card_block.html"
        preview_template = "courses/blocks/previews/instructor_card_block.html"
        description = _("A photo, short biography and organisation of an instructor.")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "courses/blocks/faq_block.html"
        preview_value = {
            "heading": "Preguntas frecuentes",
            "items": [
                {
                    "question": "¿Necesito experiencia previa?",
                    "answer": "<p>No, el curso parte de cero.</p>",
                }
            ],
        }
        description = _("Questions and answers, each one expandable.")


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Downloadable documents")
        template = "courses/blocks/document_list_block.html"
        preview_template = "courses/blocks/previews/document_list_block.html"
        description = _("Files to download, with their type and size.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("note", _("Note")), ("safety", _("Safety warning"))],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "courses/blocks/callout_block.html"
        preview_value = {
            "kind": "safety",
            "text": "<p>Nunca trabajes en un sistema de alto voltaje sin verificar la ausencia "
            "de tensión.</p>",
        }
        description = _("A highlighted tip, note or safety warning.")


class CodeBlock(blocks.StructBlock):
    language = blocks.CharBlock(
        label=_("Language"), required=False, max_length=40, help_text=_("e.g. Python, ST, SQL")
    )
    code = blocks.TextBlock(label=_("Code"))

    class Meta:
        icon = "code"
        label = _("Code")
        template = "courses/blocks/code_block.html"
        preview_value = {"language": "Python", "code": "media = sum(datos) / len(datos)"}
        description = _("A program listing, shown in a fixed-width font.")


class FormulaBlock(blocks.StructBlock):
    formula = blocks.CharBlock(label=_("Formula"), max_length=400)
    description = blocks.CharBlock(
        label=_("Read as"),
        max_length=400,
        help_text=_("The formula in words, for screen readers."),
    )

    class Meta:
        icon = "decimal"
        label = _("Formula")
        template = "courses/blocks/formula_block.html"
        preview_value = {
            "formula": "Cpk = min(USL − μ, μ − LSL) / 3σ",
            "description": "Cpk es el mínimo entre ... dividido entre tres sigma",
        }
        description = _("A formula with a text alternative.")


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    """A question with single or multiple correct answers: more than one ticked means "all"."""

    prompt = blocks.TextBlock(label=_("Question"), max_length=600)
    choices = blocks.ListBlock(
        AnswerChoiceBlock(), label=_("Answers"), min_num=2, max_num=8, collapsed=False
    )

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Tick at least one correct answer."))}
            )
        return value


class AssessmentBlock(blocks.StreamBlock):
    question = QuestionBlock()


class CourseStreamBlock(BaseStreamBlock):
    learning_outcomes = LearningOutcomesBlock()
    modules = ModuleListBlock()
    instructor = InstructorCardBlock()
    faq = FAQBlock()
    documents = DocumentListBlock()


class LessonStreamBlock(BaseStreamBlock):
    callout = CalloutBlock()
    code = CodeBlock()
    formula = FormulaBlock()
    documents = DocumentListBlock()
