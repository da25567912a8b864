#include "entrystyle.h"

namespace flowdesk {

QString entryStyleSheet()
{
    // Colours: slate greys, blue for the current question, red for errors, amber for warnings (Tailwind's palette,
    // which reads well on both light themes Debian ships).
    return QStringLiteral(R"css(
#entryForm { background: #f3f4f6; }
#entryHeader { background: #ffffff; border-bottom: 1px solid #e5e7eb; }
#formTitle { font-size: 15pt; font-weight: 600; color: #111827; }
#completeButton { background: #2563eb; color: white; border: none; border-radius: 6px; padding: 7px 16px;
                  font-weight: 600; }
#completeButton:hover { background: #1d4ed8; }
#sectionNavigator { background: #ffffff; border: none; border-right: 1px solid #e5e7eb; padding: 8px;
                    font-size: 10pt; }
#sectionNavigator::item { padding: 8px 6px; border-radius: 6px; color: #1f2937; }
#sectionNavigator::item:selected { background: #dbeafe; color: #1e3a8a; }
#entryContent, #entryPage { background: #f3f4f6; }
#entryScroll { background: transparent; }
#sectionTitle { font-size: 17pt; font-weight: 600; color: #111827; padding: 4px 0 6px 0; }
#sectionState { color: #6b7280; font-size: 10pt; }
QFrame[entryRow="true"] { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QFrame[entryRow="true"][current="true"] { border: 2px solid #2563eb; background: #f8fbff; }
QFrame[entryRow="true"][issue="error"] { border-left: 4px solid #dc2626; }
QFrame[entryRow="true"][issue="warning"] { border-left: 4px solid #d97706; }
QFrame[entryRow="true"][irrelevant="true"] { background: #f9fafb; border: 1px dashed #d1d5db; }
QFrame[entryRow="true"][irrelevant="true"] QLabel, QFrame[irrelevant="true"] #questionLabel { color: #9ca3af; }
QFrame[role="group"], QFrame[role="repeat"] { background: transparent; border: none;
                                             border-bottom: 2px solid #d1d5db; border-radius: 0; }
QFrame[role="group"] #questionLabel, QFrame[role="repeat"] #questionLabel { font-size: 12.5pt; font-weight: 600;
                                                                          color: #374151; }
QFrame[role="instance"] { background: #eef2ff; border: 1px solid #c7d2fe; }
QFrame[role="instance"] #questionLabel { font-weight: 600; color: #3730a3; }
QFrame[role="note"] { background: #f0f9ff; border: 1px solid #bae6fd; }
QFrame[role="calculated"] #calculatedValue { font-weight: 600; color: #0f766e; }
#questionLabel { font-size: 11pt; color: #111827; }
#questionHint { color: #4b5563; font-style: italic; }
#questionMessage { font-size: 10pt; }
QFrame[issue="error"] #questionMessage { color: #b91c1c; }
QFrame[issue="warning"] #questionMessage { color: #b45309; }
QFrame[issue="accepted"] #questionMessage { color: #6b7280; }
#editor { font-size: 11pt; padding: 5px 8px; border: 1px solid #d1d5db; border-radius: 5px; background: white; }
#editor:focus { border: 2px solid #2563eb; }
#editor:disabled { background: #f3f4f6; color: #9ca3af; border-color: #e5e7eb; }
QLabel#choice { color: #374151; padding: 0px 8px; border-radius: 4px; min-height: 20px; }
QLabel#choice[selected="true"] { background: #2563eb; color: white; }
#reasonPanel { background: #fffbeb; border: 1px solid #f59e0b; border-radius: 8px; }
#reasonPanel[purpose="error"] { background: #fef2f2; border-color: #ef4444; }
#reasonHint { color: #6b7280; }
#errorList { background: #fef2f2; border: 1px solid #fecaca; border-radius: 8px; color: #7f1d1d; }
#entryStatus { color: #4b5563; }
#modeBox[paper="true"] { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 5px; padding: 3px 8px;
                         color: #78350f; font-weight: 600; }
)css");
}

} // namespace flowdesk
